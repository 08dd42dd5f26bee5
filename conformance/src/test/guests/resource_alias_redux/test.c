// test:resource-alias-redux `test` world (exports resource-alias1, resource-alias2, the-test):
//   resource-alias1.thing: constructor(s) stores s; get() -> s
//   resource-alias1.a(f: foo{thing}) -> [f.thing]
//   resource-alias2.b(f: foo{thing}, g: bar{thing}) -> [f.thing, g.thing]
//   the-test.test(things) -> things (the same resources, same order)
#include "../common/cabi.h"
#define A1 "test:resource-alias-redux/resource-alias1"
typedef struct { slice_t s; } thing_t;
IMPORT("[export]" A1, "[resource-new]thing") uint32_t thing_new(thing_t *rep);

EXPORT(A1 "#[constructor]thing") uint32_t thing_ctor(uint8_t *p, uint32_t n) {
  thing_t *t = guest_alloc(sizeof *t);
  t->s = (slice_t){ p, n };
  return thing_new(t);
}
EXPORT(A1 "#[dtor]thing") void thing_dtor(thing_t *t) { free_slice(t->s.ptr, t->s.len); guest_free(t); }
EXPORT(A1 "#[method]thing.get") uint8_t *thing_get(thing_t *t) { return ret_slice(slice_dup(t->s.ptr, t->s.len)); }
EXPORT("cabi_post_" A1 "#[method]thing.get") void post_get(uint8_t *r) { post_slice(r); }

static uint8_t *handles(const uint32_t *h, uint32_t n) {
  uint32_t *l = guest_alloc(n * 4);
  memcpy(l, h, n * 4);
  return ret_slice((slice_t){ (uint8_t *)l, n });
}
EXPORT(A1 "#a") uint8_t *a(uint32_t f) { return handles(&f, 1); }
EXPORT("cabi_post_" A1 "#a") void post_a(uint8_t *r) { post_slice(r); }
EXPORT("test:resource-alias-redux/resource-alias2#b") uint8_t *b(uint32_t f, uint32_t g) {
  uint32_t l[2] = { f, g };
  return handles(l, 2);
}
EXPORT("cabi_post_test:resource-alias-redux/resource-alias2#b") void post_b(uint8_t *r) { post_slice(r); }
// the argument list is ours; hand the same buffer back and free it after the call
EXPORT("the-test#test") uint8_t *test(uint8_t *p, uint32_t n) { return ret_slice((slice_t){ p, n }); }
EXPORT("cabi_post_the-test#test") void post_test(uint8_t *r) { free_slice(AT(uint8_t *, r, 0), AT(uint32_t, r, 4) * 4); }
