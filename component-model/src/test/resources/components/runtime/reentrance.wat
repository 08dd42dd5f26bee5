;; Re-entering an instance, leaving it from post-return, and an async built-in.
(component
  (import "callback" (func $callback))
  (core func $callback-core (canon lower (func $callback)))
  (core func $waitable-set-new (canon waitable-set.new))
  (core module $M
    (import "" "callback" (func $callback))
    (import "" "waitable-set.new" (func $wsn (result i32)))
    (func (export "call-host") (call $callback))
    (func (export "answer") (result i32) (i32.const 42))
    (func (export "post-return-calls-host") (param i32) (call $callback))
    (func (export "uses-async-builtin") (result i32) (call $wsn)))
  (core instance $m (instantiate $M
    (with "" (instance (export "callback" (func $callback-core)) (export "waitable-set.new" (func $waitable-set-new))))))
  (func (export "call-host") (canon lift (core func $m "call-host")))
  (func (export "answer") (result u32) (canon lift (core func $m "answer")))
  (func (export "answer-then-leave") (result u32)
    (canon lift (core func $m "answer") (post-return (core func $m "post-return-calls-host"))))
  (func (export "uses-async-builtin") (result u32) (canon lift (core func $m "uses-async-builtin")))
)
