;; A component importing host functions, a versioned host interface and a host resource type.
(component
  (import "test:host/log@0.2.1" (instance $log
    (export "write" (func (param "line" string)))))
  (import "twice" (func $twice (param "x" u32) (result u32)))
  (import "test:host/files" (instance $files
    (export "file" (type $F (sub resource)))
    (export "[method]file.size" (func (param "self" (borrow $F)) (result u64)))))
  (alias export $files "file" (type $file))
  (export $file-e "file" (type $file))

  (core module $Mem
    (memory (export "mem") 1)
    (global $top (mut i32) (i32.const 1024))
    (func (export "realloc") (param i32 i32 i32 i32) (result i32)
      (local $p i32)
      (local.set $p (global.get $top))
      (global.set $top (i32.add (global.get $top) (local.get 3)))
      (local.get $p)))
  (core instance $mem (instantiate $Mem))
  (alias core export $mem "mem" (core memory $memory))
  (alias core export $mem "realloc" (core func $realloc))

  (core func $write (canon lower (func $log "write") (memory $memory)))
  (core func $twice-core (canon lower (func $twice)))
  (core func $size (canon lower (func $files "[method]file.size")))
  (core func $drop-file (canon resource.drop $file))
  (core module $M
    (import "" "mem" (memory 1))
    (import "" "write" (func $write (param i32 i32)))
    (import "" "twice" (func $twice (param i32) (result i32)))
    (import "" "size" (func $size (param i32) (result i64)))
    (import "" "drop-file" (func $drop-file (param i32)))
    (data (i32.const 16) "quadrupled")
    ;; logs "quadrupled" and returns twice(twice(x))
    (func (export "quadruple") (param i32) (result i32)
      (call $write (i32.const 16) (i32.const 10))
      (call $twice (call $twice (local.get 0))))
    ;; the size of a borrowed host file, plus one; the borrow must be dropped before returning
    (func (export "size-plus-one") (param i32) (result i64)
      (local $n i64)
      (local.set $n (i64.add (call $size (local.get 0)) (i64.const 1)))
      (call $drop-file (local.get 0))
      (local.get $n)))
  (core instance $m (instantiate $M
    (with "" (instance
      (export "mem" (memory $memory))
      (export "write" (func $write))
      (export "twice" (func $twice-core))
      (export "size" (func $size))
      (export "drop-file" (func $drop-file))))))
  (func (export "quadruple") (param "x" u32) (result u32) (canon lift (core func $m "quadruple")))
  (func (export "size-plus-one") (param "f" (borrow $file-e)) (result u64) (canon lift (core func $m "size-plus-one")))
)
