// test:records `runner` world. The host implements to-test as in the test world (multiple-results
// -> (4, 5), swap-tuple swaps, everything else round-trips). run() checks:
//   multiple-results() == (4, 5)
//   swap-tuple((1, 2)) == (2, 1); swap-tuple((255, 4294967295)) == (4294967295, 255)
//   roundtrip-flags1: {a}, {b}, {}, {a, b}          roundtrip-flags2: {c}, {d, e}, {c, d, e}, {}
//   roundtrip-flags3({b0, b7}, {b0, b15}, {b0, b31}) and ({}, all 16, all 32) unchanged
//   roundtrip-record1({a: 8, b: {}}) and ({a: 255, b: {a, b}}) unchanged
//   tuple1((1)) == (1), tuple1((255)) == (255)
#include "../common/cabi.h"
#define R "test:records/to-test"
IMPORT(R, "multiple-results") void multiple_results(uint8_t *ret);
IMPORT(R, "swap-tuple") void swap_tuple(uint32_t, uint32_t, uint8_t *ret);
IMPORT(R, "roundtrip-flags1") uint32_t roundtrip_flags1(uint32_t);
IMPORT(R, "roundtrip-flags2") uint32_t roundtrip_flags2(uint32_t);
IMPORT(R, "roundtrip-flags3") void roundtrip_flags3(uint32_t, uint32_t, uint32_t, uint8_t *ret);
IMPORT(R, "roundtrip-record1") void roundtrip_record1(uint32_t, uint32_t, uint8_t *ret);
IMPORT(R, "tuple1") uint32_t tuple1(uint32_t);

static void flags3(uint8_t a, uint16_t b, uint32_t c) {
  uint64_t r[1];
  roundtrip_flags3(a, b, c, (uint8_t *)r);
  CHECK(AT(uint8_t, r, 0) == a && AT(uint16_t, r, 2) == b && AT(uint32_t, r, 4) == c);
}
static void record1(uint8_t a, uint8_t b) {
  uint32_t r[1];
  roundtrip_record1(a, b, (uint8_t *)r);
  CHECK(AT(uint8_t, r, 0) == a && AT(uint8_t, r, 1) == b);
}

EXPORT("run") void run(void) {
  uint64_t r[1];
  multiple_results((uint8_t *)r);
  CHECK(AT(uint8_t, r, 0) == 4 && AT(uint16_t, r, 2) == 5);
  swap_tuple(1, 2, (uint8_t *)r);
  CHECK(AT(uint32_t, r, 0) == 2 && AT(uint8_t, r, 4) == 1);
  swap_tuple(255, 0xffffffffu, (uint8_t *)r);
  CHECK(AT(uint32_t, r, 0) == 0xffffffffu && AT(uint8_t, r, 4) == 255);
  for (uint32_t f = 0; f < 4; f++) CHECK(roundtrip_flags1(f) == f);
  for (uint32_t f = 0; f < 8; f++) CHECK(roundtrip_flags2(f) == f);
  flags3(0x81, 0x8001, 0x80000001u);
  flags3(0, 0xffff, 0xffffffffu);
  record1(8, 0);
  record1(255, 3);
  CHECK(tuple1(1) == 1);
  CHECK(tuple1(255) == 255);
}
