// test:resource-with-lists `runner` world. The host implements test.thing like the leaf guest:
// constructor(l) stores l, foo() returns it, bar(l) replaces it, baz(l) -> l ++ " world".
// run(): t = thing("hi"); foo(t) == "hi"; bar(t, "hello"); foo(t) == "hello"; bar(t, []);
// foo(t) == []; bar(t, 70000 bytes i mod 251); foo(t) == those bytes; baz("hello") == "hello world";
// baz([]) == " world"; drop t.
#include "../common/cabi.h"
#define I "test:resource-with-lists/test"
IMPORT(I, "[constructor]thing") uint32_t thing_ctor(const void *, uint32_t);
IMPORT(I, "[method]thing.foo") void thing_foo(uint32_t h, uint32_t *ret);
IMPORT(I, "[method]thing.bar") void thing_bar(uint32_t h, const void *, uint32_t);
IMPORT(I, "[static]thing.baz") void thing_baz(const void *, uint32_t, uint32_t *ret);
IMPORT(I, "[resource-drop]thing") void thing_drop(uint32_t h);
static void check(uint32_t *r, const void *want, uint32_t n) {
  CHECK(r[1] == n && memcmp((void *)r[0], want, n) == 0);
  free_slice((uint8_t *)r[0], r[1]);
}
EXPORT("run") void run(void) {
  uint32_t r[2];
  uint32_t t = thing_ctor("hi", 2);
  thing_foo(t, r); check(r, "hi", 2);
  thing_bar(t, "hello", 5);
  thing_foo(t, r); check(r, "hello", 5);
  thing_bar(t, (void *)1, 0);
  thing_foo(t, r); check(r, "", 0);
  uint8_t *big = guest_alloc(70000);
  for (uint32_t i = 0; i < 70000; i++) big[i] = (uint8_t)(i % 251);
  thing_bar(t, big, 70000);
  thing_foo(t, r); check(r, big, 70000);
  guest_free(big);
  thing_baz("hello", 5, r); check(r, "hello world", 11);
  thing_baz((void *)1, 0, r); check(r, " world", 6);
  thing_drop(t);
  CHECK(live_bytes == 0);
}
