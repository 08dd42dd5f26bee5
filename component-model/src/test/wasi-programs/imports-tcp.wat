;; Imports wasi:sockets/tcp, whose method returns wasi:io's output-stream (UngrantedImportsTest). Binary: jco parse imports-tcp.wat -o ../resources/wasi/imports-tcp.wasm
(component
  (import "wasi:io/streams@0.2.0" (instance $streams
    (export "output-stream" (type (sub resource)))))
  (alias export $streams "output-stream" (type $os))
  (import "wasi:sockets/tcp@0.2.0" (instance $tcp
    (alias outer 1 $os (type $os'))
    (export "output-stream" (type (eq $os')))
    (export "tcp-socket" (type (sub resource)))
    (type $stream-own (own 1))
    (type $sock-borrow (borrow 2))
    (type $error-code (enum "unknown" "access-denied"))
    (export "error-code" (type (eq $error-code)))
    (export "[method]tcp-socket.output" (func (param "self" $sock-borrow) (result (result $stream-own (error 6)))))))
)
