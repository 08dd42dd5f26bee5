;; Calls between a parent instance and the child it instantiated. Between instances, a call only
;; enters the callee's side of the tree: the parent calls into its child, and the child calls
;; functions its parent gave it. A call from the host into the child enters the parent too, so the
;; host cannot re-enter the parent while the child runs.
(component
  (import "callback" (func $callback))
  (core module $M (func (export "seven") (result i32) (i32.const 7)))
  (core instance $m (instantiate $M))
  (func $seven (result u32) (canon lift (core func $m "seven")))
  (component $Child
    (import "parent-seven" (func $ps (result u32)))
    (import "callback" (func $cb))
    (core func $ps-core (canon lower (func $ps)))
    (core func $cb-core (canon lower (func $cb)))
    (core module $C
      (import "" "ps" (func $ps (result i32)))
      (import "" "cb" (func $cb))
      (func (export "call-parent") (result i32) (call $ps))
      (func (export "call-host") (call $cb))
      (func (export "eight") (result i32) (i32.const 8)))
    (core instance $c (instantiate $C (with "" (instance (export "ps" (func $ps-core)) (export "cb" (func $cb-core))))))
    (func (export "call-parent") (result u32) (canon lift (core func $c "call-parent")))
    (func (export "call-host") (canon lift (core func $c "call-host")))
    (func (export "eight") (result u32) (canon lift (core func $c "eight"))))
  (instance $child (instantiate $Child (with "parent-seven" (func $seven)) (with "callback" (func $callback))))
  (core func $eight-core (canon lower (func $child "eight")))
  (core module $P
    (import "" "eight" (func $eight (result i32)))
    (func (export "call-child") (result i32) (call $eight)))
  (core instance $p (instantiate $P (with "" (instance (export "eight" (func $eight-core))))))
  (func (export "call-child") (result u32) (canon lift (core func $p "call-child")))
  (export "call-parent" (func $child "call-parent"))
  (export "child-calls-host" (func $child "call-host"))
  (export "seven" (func $seven))
)
