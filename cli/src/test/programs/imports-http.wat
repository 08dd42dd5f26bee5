;; A wasi:cli/command component that imports wasi:http/types (not granted by weft) and calls its
;; fields constructor from run: without --trap-unknown-imports weft refuses to link it, with it the
;; call traps, naming the function.
(component
  (import "wasi:http/types@0.2.10" (instance $http
    (export "fields" (type (sub resource)))
    (export "[constructor]fields" (func (result (own 0))))))
  (alias export $http "[constructor]fields" (func $new-fields))
  (core func $new-fields (canon lower (func $new-fields)))
  (core module $m
    (import "http" "new-fields" (func $new-fields (result i32)))
    (func (export "run") (result i32)
      call $new-fields
      drop
      i32.const 0))
  (core instance $i (instantiate $m (with "http" (instance (export "new-fields" (func $new-fields))))))
  (func $run (result (result)) (canon lift (core func $i "run")))
  (instance $run (export "run" (func $run)))
  (export "wasi:cli/run@0.2.0" (instance $run)))
