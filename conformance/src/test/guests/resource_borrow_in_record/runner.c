// test:resource-borrow-in-record `runner` world. The host implements thing (constructor stores s,
// get() returns it) and test(list<foo>) -> new things holding each borrowed thing's string + " test".
// run(): t1 = thing("Bonjour"), t2 = thing("mon cher"); r = test([{&t1}, {&t2}]);
//   get(r[0]) == "Bonjour test", get(r[1]) == "mon cher test", get(t1) == "Bonjour" (unchanged);
//   test([]) == []; drops r[0], r[1], t1, t2.
#include "../common/cabi.h"
#define I "test:resource-borrow-in-record/to-test"
IMPORT(I, "[constructor]thing") uint32_t thing_ctor(const void *, uint32_t);
IMPORT(I, "[method]thing.get") void thing_get(uint32_t h, uint32_t *ret);
IMPORT(I, "[resource-drop]thing") void thing_drop(uint32_t h);
IMPORT(I, "test") void test(const uint32_t *, uint32_t, uint32_t *ret);
static void check_get(uint32_t h, const char *want) {
  uint32_t s[2];
  thing_get(h, s);
  CHECK(slice_eq((uint8_t *)s[0], s[1], want));
  free_slice((uint8_t *)s[0], s[1]);
}
EXPORT("run") void run(void) {
  uint32_t t[2] = { thing_ctor("Bonjour", 7), thing_ctor("mon cher", 8) };
  uint32_t r[2];
  test(t, 2, r);
  CHECK(r[1] == 2);
  uint32_t *l = (uint32_t *)r[0];
  check_get(l[0], "Bonjour test");
  check_get(l[1], "mon cher test");
  check_get(t[0], "Bonjour");
  thing_drop(l[0]); thing_drop(l[1]);
  free_slice((uint8_t *)l, 8);
  test((void *)4, 0, r);
  CHECK(r[1] == 0);
  thing_drop(t[0]); thing_drop(t[1]);
  CHECK(live_bytes == 0);
}
