(component
  (import "wasi:http/types@0.2.10" (instance (export "new-fields" (func))))
)
