// test:resources `runner` world. The host implements interface `exports` like the guest built for
// world `resources` (see test.c). run() does, trapping on any mismatch:
//   x = x(5); x.get-a() == 5; x.set-a(10); x.get-a() == 10; x2 = x.add(x, 3) (x moved);
//   x2.get-a() == 13; consume(x2) (moved)
//   n0 = z.num-dropped(); z1 = z(10); z2 = z(20); z3 = add(z1, z2) (borrows); z3.get-a() == 30;
//   z1.get-a() == 10 (still owned); drop z1, z2, z3; z.num-dropped() == n0 + 3
//   k = kebab-case(4294967295); k.get-a() == 4294967295; kebab-case.take-owned(k) == 4294967295
//   test-imports() == ok
#include "../common/cabi.h"
#define E "exports"
IMPORT(E, "[constructor]x") uint32_t x_ctor(int32_t);
IMPORT(E, "[method]x.get-a") int32_t x_get_a(uint32_t);
IMPORT(E, "[method]x.set-a") void x_set_a(uint32_t, int32_t);
IMPORT(E, "[static]x.add") uint32_t x_add(uint32_t, int32_t);
IMPORT(E, "[resource-drop]x") void x_drop(uint32_t);
IMPORT(E, "[constructor]z") uint32_t z_ctor(int32_t);
IMPORT(E, "[method]z.get-a") int32_t z_get_a(uint32_t);
IMPORT(E, "[static]z.num-dropped") uint32_t z_num_dropped(void);
IMPORT(E, "[resource-drop]z") void z_drop(uint32_t);
IMPORT(E, "add") uint32_t add(uint32_t, uint32_t);
IMPORT(E, "consume") void consume(uint32_t);
IMPORT(E, "[constructor]kebab-case") uint32_t k_ctor(uint32_t);
IMPORT(E, "[method]kebab-case.get-a") uint32_t k_get_a(uint32_t);
IMPORT(E, "[static]kebab-case.take-owned") uint32_t k_take_owned(uint32_t);
IMPORT(E, "[resource-drop]kebab-case") void k_drop(uint32_t);
IMPORT(E, "test-imports") void test_imports(uint8_t *ret);

EXPORT("run") void run(void) {
  uint32_t x = x_ctor(5);
  CHECK(x_get_a(x) == 5);
  x_set_a(x, 10);
  CHECK(x_get_a(x) == 10);
  uint32_t x2 = x_add(x, 3);
  CHECK(x_get_a(x2) == 13);
  consume(x2);

  uint32_t n0 = z_num_dropped();
  uint32_t z1 = z_ctor(10), z2 = z_ctor(20);
  uint32_t z3 = add(z1, z2);
  CHECK(z_get_a(z3) == 30);
  CHECK(z_get_a(z1) == 10);
  z_drop(z1); z_drop(z2); z_drop(z3);
  CHECK(z_num_dropped() == n0 + 3);

  uint32_t k = k_ctor(0xffffffffu);
  CHECK(k_get_a(k) == 0xffffffffu);
  CHECK(k_take_owned(k) == 0xffffffffu);

  uint32_t r[3];
  test_imports((uint8_t *)r);
  CHECK(AT(uint8_t, r, 0) == 0);
}
