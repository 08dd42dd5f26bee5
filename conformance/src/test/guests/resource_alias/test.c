// test:resource-alias `test` world (exports e1 and e2; e2's y is e1's x):
//   e1.x: constructor(v) stores v (no methods)
//   e1.a(f: foo{x}) -> [f.x]   (the same resource moves into the list)
//   e2.a(f: foo{x: y}, g: bar{x}, h: borrow<y>) -> [f.x, g.x]; traps unless h is a live x
// Lists of handles are allocated here and freed by post-return.
#include "../common/cabi.h"
typedef struct { uint32_t v; uint32_t live; } x_t;
#define LIVE 0x11FE11FEu
IMPORT("[export]test:resource-alias/e1", "[resource-new]x") uint32_t x_new(x_t *rep);

EXPORT("test:resource-alias/e1#[constructor]x") uint32_t x_ctor(uint32_t v) {
  x_t *x = guest_alloc(sizeof *x);
  x->v = v; x->live = LIVE;
  return x_new(x);
}
EXPORT("test:resource-alias/e1#[dtor]x") void x_dtor(x_t *x) { CHECK(x->live == LIVE); x->live = 0; guest_free(x); }

static uint8_t *handles(const uint32_t *h, uint32_t n) {
  uint32_t *l = guest_alloc(n * 4);
  memcpy(l, h, n * 4);
  return ret_slice((slice_t){ (uint8_t *)l, n });
}
EXPORT("test:resource-alias/e1#a") uint8_t *e1_a(uint32_t x) { return handles(&x, 1); }
EXPORT("cabi_post_test:resource-alias/e1#a") void post_e1_a(uint8_t *r) { post_slice(r); }
EXPORT("test:resource-alias/e2#a") uint8_t *e2_a(uint32_t f, uint32_t g, x_t *h) {
  CHECK(h->live == LIVE);
  uint32_t l[2] = { f, g };
  return handles(l, 2);
}
EXPORT("cabi_post_test:resource-alias/e2#a") void post_e2_a(uint8_t *r) { post_slice(r); }
