// test:resource-borrow-in-record `test` world (to-test):
//   thing: constructor(s) stores s; get() -> s
//   test(a: list<foo{thing: borrow<thing>}>) -> for each element a new thing holding
//     element.thing.get() + " test" (in order); the borrowed things are untouched.
#include "../common/cabi.h"
#define I "test:resource-borrow-in-record/to-test"
typedef struct { slice_t s; } thing_t;
IMPORT("[export]" I, "[resource-new]thing") uint32_t thing_new(thing_t *rep);

static uint32_t make(slice_t s) {
  thing_t *t = guest_alloc(sizeof *t);
  t->s = s;
  return thing_new(t);
}
EXPORT(I "#[constructor]thing") uint32_t thing_ctor(uint8_t *p, uint32_t n) { return make((slice_t){ p, n }); }
EXPORT(I "#[dtor]thing") void thing_dtor(thing_t *t) { free_slice(t->s.ptr, t->s.len); guest_free(t); }
EXPORT(I "#[method]thing.get") uint8_t *thing_get(thing_t *t) { return ret_slice(slice_dup(t->s.ptr, t->s.len)); }
EXPORT("cabi_post_" I "#[method]thing.get") void post_get(uint8_t *r) { post_slice(r); }
// list<foo>: each foo is one borrow, which for the guest's own resource is the rep
EXPORT(I "#test") uint8_t *test(thing_t **foos, uint32_t n) {
  uint32_t *out = n ? guest_alloc(n * 4) : (uint32_t *)4;
  for (uint32_t i = 0; i < n; i++) {
    buf_t b = { 0 };
    buf_put(&b, foos[i]->s.ptr, foos[i]->s.len);
    buf_str(&b, " test");
    out[i] = make((slice_t){ b.ptr, b.len });
  }
  free_slice((uint8_t *)foos, n * 4);
  return ret_slice((slice_t){ (uint8_t *)out, n });
}
EXPORT("cabi_post_" I "#test") void post_test(uint8_t *r) { free_slice(AT(uint8_t *, r, 0), AT(uint32_t, r, 4) * 4); }
