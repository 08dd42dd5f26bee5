// test:resource-import-and-export `runner` world. The host implements test.thing like the leaf
// guest: constructor(v) stores v, foo() returns it, bar(v) replaces it, baz(a, b) -> thing(a + b)
// consuming both. run(): t = thing(7); foo(t) == 7; bar(t, 8); foo(t) == 8; u = thing(100);
// w = baz(t, u) (t, u moved); foo(w) == 108; drop w.
#include "../common/cabi.h"
#define I "test:resource-import-and-export/test"
IMPORT(I, "[constructor]thing") uint32_t thing_ctor(uint32_t v);
IMPORT(I, "[method]thing.foo") uint32_t thing_foo(uint32_t h);
IMPORT(I, "[method]thing.bar") void thing_bar(uint32_t h, uint32_t v);
IMPORT(I, "[static]thing.baz") uint32_t thing_baz(uint32_t a, uint32_t b);
IMPORT(I, "[resource-drop]thing") void thing_drop(uint32_t h);
EXPORT("run") void run(void) {
  uint32_t t = thing_ctor(7);
  CHECK(thing_foo(t) == 7);
  thing_bar(t, 8);
  CHECK(thing_foo(t) == 8);
  uint32_t u = thing_ctor(100);
  uint32_t w = thing_baz(t, u);
  CHECK(thing_foo(w) == 108);
  thing_drop(w);
}
