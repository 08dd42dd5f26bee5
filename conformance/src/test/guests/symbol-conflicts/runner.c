// my:inline `runner` world. The host implements foo1.foo/foo2.foo as no-ops and bar1.bar -> "bar1",
// bar2.bar -> "bar2". run() calls foo1.foo(), foo2.foo(), then checks bar1.bar() == "bar1" and
// bar2.bar() == "bar2" (trap otherwise).
#include "../common/cabi.h"
IMPORT("my:inline/foo1", "foo") void foo1_foo(void);
IMPORT("my:inline/foo2", "foo") void foo2_foo(void);
IMPORT("my:inline/bar1", "bar") void bar1_bar(uint8_t *ret);
IMPORT("my:inline/bar2", "bar") void bar2_bar(uint8_t *ret);
static void expect(void (*f)(uint8_t *), const char *want) {
  uint32_t r[2];
  f((uint8_t *)r);
  CHECK(slice_eq((uint8_t *)r[0], r[1], want));
  free_slice((uint8_t *)r[0], r[1]);
}
EXPORT("run") void run(void) {
  foo1_foo();
  foo2_foo();
  expect(bar1_bar, "bar1");
  expect(bar2_bar, "bar2");
  CHECK(live_bytes == 0);
}
