// test:common guest for world `leaf` (exports to-test; there is no `test` world):
//   wrap(flag) -> r1 {a: number of flags set in `flag` (0..2), b: flag}
//   var-f() -> v1.b(42)
// @world leaf
#include "../common/cabi.h"
// r1 { a: u8 at 0, b: f1 (u8) at 1 }
EXPORT("test:common/to-test#wrap") uint8_t *wrap(uint32_t flag) {
  CHECK(flag < 4);
  AT(uint8_t, RET, 0) = (uint8_t)((flag & 1) + (flag >> 1));
  AT(uint8_t, RET, 1) = (uint8_t)flag;
  return RET;
}
// v1 { a, b(u8) }: tag at 0, u8 at 1
EXPORT("test:common/to-test#var-f") uint8_t *var_f(void) {
  AT(uint8_t, RET, 0) = 1; AT(uint8_t, RET, 1) = 42;
  return RET;
}
