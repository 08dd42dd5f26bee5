// test:resource-alias `runner` world. The host implements e1.x (constructor), e1.a(f) -> [f.x] and
// e2.a(f, g, h) -> [f.x, g.x], like the test guest. run(): x1 = x(1); l = e1.a({x1}) must have one
// element; x2 = x(2), x3 = x(3), x4 = x(4); m = e2.a({x2}, {x3}, &x4) must have two elements, both
// distinct; drops every returned handle and x4 (four drops in all: the handles of x1, x2, x3, x4).
#include "../common/cabi.h"
IMPORT("test:resource-alias/e1", "[constructor]x") uint32_t x_ctor(uint32_t v);
IMPORT("test:resource-alias/e1", "[resource-drop]x") void x_drop(uint32_t h);
IMPORT("test:resource-alias/e1", "a") void e1_a(uint32_t f, uint32_t *ret);
IMPORT("test:resource-alias/e2", "a") void e2_a(uint32_t f, uint32_t g, uint32_t h, uint32_t *ret);
EXPORT("run") void run(void) {
  uint32_t r[2];
  e1_a(x_ctor(1), r);
  CHECK(r[1] == 1);
  uint32_t *l = (uint32_t *)r[0];
  x_drop(l[0]);
  free_slice((uint8_t *)l, 4);
  uint32_t x4 = x_ctor(4);
  e2_a(x_ctor(2), x_ctor(3), x4, r);
  CHECK(r[1] == 2);
  l = (uint32_t *)r[0];
  CHECK(l[0] != l[1]);
  x_drop(l[0]); x_drop(l[1]);
  free_slice((uint8_t *)l, 8);
  x_drop(x4);
  CHECK(live_bytes == 0);
}
