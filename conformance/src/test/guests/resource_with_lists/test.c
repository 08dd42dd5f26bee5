// test:resource-with-lists guest for world `leaf` (exports interface test):
//   thing: constructor(l) stores a copy of the bytes; foo() -> the stored bytes;
//   bar(l) replaces the stored bytes with l; baz(l) (static) -> l followed by the bytes " world".
// @world leaf
#include "../common/cabi.h"
#define I "test:resource-with-lists/test"
typedef struct { slice_t bytes; } thing_t;
IMPORT("[export]" I, "[resource-new]thing") uint32_t thing_new(thing_t *rep);

EXPORT(I "#[constructor]thing") uint32_t thing_ctor(uint8_t *p, uint32_t n) {
  thing_t *t = guest_alloc(sizeof *t);
  t->bytes = (slice_t){ p, n }; // the argument buffer is ours: keep it
  return thing_new(t);
}
EXPORT(I "#[dtor]thing") void thing_dtor(thing_t *t) { free_slice(t->bytes.ptr, t->bytes.len); guest_free(t); }
EXPORT(I "#[method]thing.foo") uint8_t *thing_foo(thing_t *t) { return ret_slice(slice_dup(t->bytes.ptr, t->bytes.len)); }
EXPORT("cabi_post_" I "#[method]thing.foo") void post_foo(uint8_t *r) { post_slice(r); }
EXPORT(I "#[method]thing.bar") void thing_bar(thing_t *t, uint8_t *p, uint32_t n) {
  free_slice(t->bytes.ptr, t->bytes.len);
  t->bytes = (slice_t){ p, n };
}
EXPORT(I "#[static]thing.baz") uint8_t *thing_baz(uint8_t *p, uint32_t n) {
  buf_t b = { 0 };
  buf_put(&b, p, n);
  buf_str(&b, " world");
  free_slice(p, n);
  return ret_slice((slice_t){ b.ptr, b.len });
}
EXPORT("cabi_post_" I "#[static]thing.baz") void post_baz(uint8_t *r) { post_slice(r); }
