// test:resource-borrow `runner` world. The host implements thing (constructor stores v) and
// foo(borrow<thing>) -> stored value + 1 (wrapping). run(): a = thing(42), b = thing(4294967295);
// checks foo(a) == 43, foo(b) == 0, foo(a) == 43 again (a borrow leaves the handle usable), then
// drops a and b (the host sees two resource drops).
#include "../common/cabi.h"
#define I "test:resource-borrow/to-test"
IMPORT(I, "[constructor]thing") uint32_t thing_ctor(uint32_t v);
IMPORT(I, "[resource-drop]thing") void thing_drop(uint32_t h);
IMPORT(I, "foo") uint32_t foo(uint32_t h);
EXPORT("run") void run(void) {
  uint32_t a = thing_ctor(42), b = thing_ctor(0xffffffffu);
  CHECK(foo(a) == 43);
  CHECK(foo(b) == 0);
  CHECK(foo(a) == 43);
  thing_drop(a);
  thing_drop(b);
}
