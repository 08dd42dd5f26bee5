;; A component defining a resource with a destructor, used by the host and by a sibling component.
(component
  (component $Impl
    (core module $State
      (global $dropped (mut i32) (i32.const 0))
      (func (export "dtor") (param i32) (global.set $dropped (i32.add (global.get $dropped) (local.get 0))))
      (func (export "dropped") (result i32) (global.get $dropped)))
    (core instance $state (instantiate $State))
    (type $T (resource (rep i32) (dtor (core func $state "dtor"))))
    (export $thing "thing" (type $T))
    (core func $new (canon resource.new $T))
    (core func $drop (canon resource.drop $T))
    (core module $M
      (import "" "new" (func $new (param i32) (result i32)))
      (import "" "drop" (func $drop (param i32)))
      (func (export "ctor") (param i32) (result i32) (call $new (local.get 0)))
      (func (export "value") (param i32) (result i32) (local.get 0))
      (func (export "consume") (param i32) (call $drop (local.get 0))))
    (core instance $m (instantiate $M
      (with "" (instance (export "new" (func $new)) (export "drop" (func $drop))))))
    (func (export "[constructor]thing") (param "v" u32) (result (own $thing)) (canon lift (core func $m "ctor")))
    (func (export "[method]thing.value") (param "self" (borrow $thing)) (result u32) (canon lift (core func $m "value")))
    (func (export "consume") (param "t" (own $thing)) (canon lift (core func $m "consume")))
    (func (export "dropped") (result u32) (canon lift (core func $state "dropped"))))

  (component $User
    (import "impl" (instance $impl
      (export "thing" (type $T (sub resource)))
      (export "[constructor]thing" (func (param "v" u32) (result (own $T))))
      (export "[method]thing.value" (func (param "self" (borrow $T)) (result u32)))))
    (alias export $impl "thing" (type $T))
    (core func $ctor (canon lower (func $impl "[constructor]thing")))
    (core func $value (canon lower (func $impl "[method]thing.value")))
    (core func $drop (canon resource.drop $T))
    (core module $U
      (import "" "ctor" (func $ctor (param i32) (result i32)))
      (import "" "value" (func $value (param i32) (result i32)))
      (import "" "drop" (func $drop (param i32)))
      ;; creates a thing, reads it twice through borrows, drops it
      (func (export "roundtrip") (param i32) (result i32)
        (local $h i32) (local $r i32)
        (local.set $h (call $ctor (local.get 0)))
        (local.set $r (i32.add (call $value (local.get $h)) (call $value (local.get $h))))
        (call $drop (local.get $h))
        (local.get $r))
      ;; keeps the handle: the caller can never drop it
      (func (export "leak") (param i32) (result i32)
        (call $ctor (local.get 0))))
    (core instance $u (instantiate $U
      (with "" (instance (export "ctor" (func $ctor)) (export "value" (func $value)) (export "drop" (func $drop))))))
    (func (export "roundtrip") (param "v" u32) (result u32) (canon lift (core func $u "roundtrip")))
    (func (export "leak") (param "v" u32) (result u32) (canon lift (core func $u "leak"))))

  (instance $impl (instantiate $Impl))
  (instance $user (instantiate $User (with "impl" (instance $impl))))
  (export "impl" (instance $impl))
  (export "roundtrip" (func $user "roundtrip"))
  (export "leak" (func $user "leak"))
)
