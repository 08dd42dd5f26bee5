// test:records `test` world (to-test):
//   multiple-results() -> (4, 5)
//   swap-tuple((a, b)) -> (b, a)
//   roundtrip-flags1/2(a) -> a; roundtrip-flags3(a, b, c) -> (a, b, c) (all bits preserved)
//   roundtrip-record1(r) -> r (record r1 { a: u8, b: f1 })
//   tuple1((a)) -> (a)
#include "../common/cabi.h"
#define R "test:records/to-test#"
// tuple<u8, u16>: u8 at 0, u16 at 2
EXPORT(R "multiple-results") uint8_t *multiple_results(void) {
  AT(uint8_t, RET, 0) = 4; AT(uint16_t, RET, 2) = 5;
  return RET;
}
// tuple<u32, u8>: u32 at 0, u8 at 4
EXPORT(R "swap-tuple") uint8_t *swap_tuple(uint32_t a, uint32_t b) {
  AT(uint32_t, RET, 0) = b; AT(uint8_t, RET, 4) = (uint8_t)a;
  return RET;
}
EXPORT(R "roundtrip-flags1") uint32_t roundtrip_flags1(uint32_t a) { return a; }
EXPORT(R "roundtrip-flags2") uint32_t roundtrip_flags2(uint32_t a) { return a; }
// tuple<flag8, flag16, flag32>: u8 at 0, u16 at 2, u32 at 4
EXPORT(R "roundtrip-flags3") uint8_t *roundtrip_flags3(uint32_t a, uint32_t b, uint32_t c) {
  AT(uint8_t, RET, 0) = (uint8_t)a; AT(uint16_t, RET, 2) = (uint16_t)b; AT(uint32_t, RET, 4) = c;
  return RET;
}
// record r1 { a: u8, b: f1 }: u8 at 0, u8 at 1
EXPORT(R "roundtrip-record1") uint8_t *roundtrip_record1(uint32_t a, uint32_t b) {
  AT(uint8_t, RET, 0) = (uint8_t)a; AT(uint8_t, RET, 1) = (uint8_t)b;
  return RET;
}
EXPORT(R "tuple1") uint32_t tuple1(uint32_t a) { return a; }
