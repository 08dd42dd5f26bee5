;; Strings between two components with different encodings (UTF-8 caller, UTF-16 callee), nested
;; component definitions and an outer alias of a core module.
(component $Top
  (core module $Alloc
    (memory (export "mem") 1)
    (global $top (mut i32) (i32.const 1024))
    ;; bump allocation; shrinking keeps the block, growing copies the old contents
    (func (export "realloc") (param $old i32) (param $old-size i32) (param $align i32) (param $size i32) (result i32)
      (local $p i32)
      (if (i32.and (i32.ne (local.get $old) (i32.const 0)) (i32.le_u (local.get $size) (local.get $old-size)))
        (then (return (local.get $old))))
      (local.set $p (i32.and (i32.add (global.get $top) (i32.sub (local.get $align) (i32.const 1)))
                             (i32.sub (i32.const 0) (local.get $align))))
      (global.set $top (i32.add (local.get $p) (local.get $size)))
      (memory.copy (local.get $p) (local.get $old) (local.get $old-size))
      (local.get $p)))

  ;; reverses the UTF-16 code units of its argument (so only BMP text survives intact)
  (component $Reverser
    (alias outer $Top $Alloc (core module $Alloc))
    (core instance $a (instantiate $Alloc))
    (core module $R
      (import "" "mem" (memory 1))
      (import "" "realloc" (func $realloc (param i32 i32 i32 i32) (result i32)))
      (func (export "reverse") (param $p i32) (param $n i32) (result i32)
        (local $out i32) (local $i i32)
        (local.set $out (call $realloc (i32.const 0) (i32.const 0) (i32.const 2) (i32.shl (local.get $n) (i32.const 1))))
        (block $done (loop $next
          (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
          (i32.store16
            (i32.add (local.get $out) (i32.shl (i32.sub (i32.sub (local.get $n) (i32.const 1)) (local.get $i)) (i32.const 1)))
            (i32.load16_u (i32.add (local.get $p) (i32.shl (local.get $i) (i32.const 1)))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $next)))
        (i32.store (i32.const 0) (local.get $out))
        (i32.store (i32.const 4) (local.get $n))
        (i32.const 0)))
    (core instance $r (instantiate $R (with "" (instance $a))))
    (func (export "reverse") (param "s" string) (result string)
      (canon lift (core func $r "reverse") string-encoding=utf16
        (memory (core memory $a "mem")) (realloc (core func $a "realloc")))))

  ;; forwards to the reverser from its own UTF-8 memory
  (component $Forwarder
    (import "reverse" (func $reverse (param "s" string) (result string)))
    (alias outer $Top $Alloc (core module $Alloc))
    (core instance $a (instantiate $Alloc))
    (core func $rev (canon lower (func $reverse)
      (memory (core memory $a "mem")) (realloc (core func $a "realloc"))))
    (core module $F
      (import "" "rev" (func $rev (param i32 i32 i32)))
      (func (export "forward") (param i32 i32) (result i32)
        (call $rev (local.get 0) (local.get 1) (i32.const 8))
        (i32.const 8)))
    (core instance $f (instantiate $F (with "" (instance (export "rev" (func $rev))))))
    (func (export "forward") (param "s" string) (result string)
      (canon lift (core func $f "forward")
        (memory (core memory $a "mem")) (realloc (core func $a "realloc")))))

  (instance $r (instantiate $Reverser))
  (instance $f (instantiate $Forwarder (with "reverse" (func $r "reverse"))))
  (export "reverse" (func $r "reverse"))
  (export "forward" (func $f "forward"))
)
