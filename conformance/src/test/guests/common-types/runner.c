// test:common `runner` world. The host implements to-test like the leaf guest: wrap(flag) ->
// {a: number of flags set, b: flag}, var-f() -> v1.b(42). run() checks:
//   wrap({}) == {a: 0, b: {}}, wrap({a}) == {1, {a}}, wrap({b}) == {1, {b}}, wrap({a, b}) == {2, {a, b}}
//   var-f() == b(42)
#include "../common/cabi.h"
IMPORT("test:common/to-test", "wrap") void wrap(uint32_t, uint8_t *);
IMPORT("test:common/to-test", "var-f") void var_f(uint8_t *);
EXPORT("run") void run(void) {
  uint8_t r[4];
  for (uint32_t f = 0; f < 4; f++) {
    wrap(f, r);
    CHECK(r[0] == (f & 1) + (f >> 1) && r[1] == f);
  }
  var_f(r);
  CHECK(r[0] == 1 && r[1] == 42);
}
