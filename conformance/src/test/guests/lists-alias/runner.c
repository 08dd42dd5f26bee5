// my:lists `runner` world. The host's cat.foo(x) must receive the bytes "hello" (list<u8>); cat.bar()
// returns the bytes "world". run() calls foo("hello") then checks bar() == "world" (trap otherwise).
#include "../common/cabi.h"
IMPORT("cat", "foo") void foo(const uint8_t *p, uint32_t len);
IMPORT("cat", "bar") void bar(uint32_t *ret);
EXPORT("run") void run(void) {
  foo((const uint8_t *)"hello", 5);
  uint32_t r[2];
  bar(r);
  CHECK(slice_eq((uint8_t *)r[0], r[1], "world"));
  free_slice((uint8_t *)r[0], r[1]);
  CHECK(live_bytes == 0);
}
