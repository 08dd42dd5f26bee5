;; The async subset that completes without blocking: async lifts returning through task.return
;; (stackful, or with a callback that yields), called through async lowers (results at the
;; out-pointer, status RETURNED).
(component
  (component $C
    (core module $Mem (memory (export "mem") 1) (data (i32.const 100) "async!"))
    (core instance $mem (instantiate $Mem))
    (core func $return-u32 (canon task.return (result u32)))
    (core func $return-str (canon task.return (result string) (memory (core memory $mem "mem"))))
    (core module $M
      (import "" "return-u32" (func $return-u32 (param i32)))
      (import "" "return-str" (func $return-str (param i32 i32)))
      (func (export "add") (param i32 i32 i32 i32 i32) (call $return-u32 (i32.add (i32.add (i32.add (i32.add
        (local.get 0) (local.get 1)) (local.get 2)) (local.get 3)) (local.get 4))))
      (func (export "word") (call $return-str (i32.const 100) (i32.const 6)))
      (func (export "forgets"))
      ;; callback form: yields twice, then returns how many times the callback ran
      (global $calls (mut i32) (i32.const 0))
      (func (export "yielding") (result i32) (i32.const 1 (; YIELD ;)))
      (func (export "yielding-cb") (param i32 i32 i32) (result i32)
        (global.set $calls (i32.add (global.get $calls) (i32.const 1)))
        (if (result i32) (i32.lt_u (global.get $calls) (i32.const 3))
          (then (i32.const 1 (; YIELD ;)))
          (else (call $return-u32 (global.get $calls)) (i32.const 0 (; EXIT ;)))))
      (func (export "waiting") (result i32) (i32.const 0x12 (; WAIT on set 1 ;)))
      (func (export "waiting-cb") (param i32 i32 i32) (result i32) (i32.const 0)))
    (core instance $m (instantiate $M (with "" (instance
      (export "return-u32" (func $return-u32)) (export "return-str" (func $return-str))))))
    (func (export "add") async (param "a" u32) (param "b" u32) (param "c" u32) (param "d" u32) (param "e" u32) (result u32)
      (canon lift (core func $m "add") async))
    (func (export "word") async (result string) (canon lift (core func $m "word") async (memory (core memory $mem "mem"))))
    (func (export "forgets") async (result u32) (canon lift (core func $m "forgets") async))
    (func (export "yielding") async (result u32)
      (canon lift (core func $m "yielding") async (callback (core func $m "yielding-cb"))))
    (func (export "waiting") async (result u32)
      (canon lift (core func $m "waiting") async (callback (core func $m "waiting-cb")))))

  (component $D
    (import "c" (instance $c
      (export "add" (func async (param "a" u32) (param "b" u32) (param "c" u32) (param "d" u32) (param "e" u32) (result u32)))
      (export "word" (func async (result string)))))
    (core module $Mem
      (memory (export "mem") 1)
      (global $top (mut i32) (i32.const 1024))
      (func (export "realloc") (param i32 i32 i32 i32) (result i32)
        (local $p i32)
        (local.set $p (global.get $top))
        (global.set $top (i32.add (global.get $top) (local.get 3)))
        (local.get $p)))
    (core instance $mem (instantiate $Mem))
    (core func $add (canon lower (func $c "add") async (memory (core memory $mem "mem"))))
    (core func $word (canon lower (func $c "word") async (memory (core memory $mem "mem")) (realloc (core func $mem "realloc"))))
    (core module $Main
      (import "" "mem" (memory 1))
      (import "" "add" (func $add (param i32 i32) (result i32)))
      (import "" "word" (func $word (param i32) (result i32)))
      ;; five params: more than 4 flat values, so they travel in memory at 0
      (func (export "sum") (result i32)
        (i32.store (i32.const 0) (i32.const 1))
        (i32.store (i32.const 4) (i32.const 2))
        (i32.store (i32.const 8) (i32.const 3))
        (i32.store (i32.const 12) (i32.const 4))
        (i32.store (i32.const 16) (i32.const 5))
        (if (i32.ne (call $add (i32.const 0) (i32.const 32)) (i32.const 2)) (then unreachable))
        (i32.load (i32.const 32)))
      (func (export "word") (result i32)
        (if (i32.ne (call $word (i32.const 40)) (i32.const 2)) (then unreachable))
        (i32.const 40)))
    (core instance $main (instantiate $Main (with "" (instance
      (export "mem" (memory $mem "mem")) (export "add" (func $add)) (export "word" (func $word))))))
    (func (export "sum") (result u32) (canon lift (core func $main "sum")))
    (func (export "word") (result string) (canon lift (core func $main "word") (memory (core memory $mem "mem")))))

  (instance $c (instantiate $C))
  (instance $d (instantiate $D (with "c" (instance $c))))
  (export "sum" (func $d "sum"))
  (export "word" (func $d "word"))
  (export "forgets" (func $c "forgets"))
  (export "yielding" (func $c "yielding"))
  (export "waiting" (func $c "waiting"))
)
