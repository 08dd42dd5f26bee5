// test:variants `test` world (to-test):
//   roundtrip-option(a: option<f32>) -> option<u8>: none -> none, some(x) -> some(x truncated to an
//     integer; x is expected in 0..=255)
//   roundtrip-result(a: result<u32, f32>) -> result<f64, u8>: ok(n) -> ok(n as f64),
//     err(x) -> err(x truncated, expected in 0..=255)
//   roundtrip-enum(a) -> a              invert-bool(a) -> !a
//   variant-casts(a) -> a, variant-zeros(a) -> a (every case and payload bit preserved)
//   variant-typedefs(a, b, c): accepts anything, returns nothing
//   variant-enums(a, b, c) -> (!a, b flipped (ok <-> err), the my-errno case after c, cycling:
//     success -> a -> b -> success)
#include "../common/cabi.h"
#define V "test:variants/to-test#"

// option<u8>: tag at 0, u8 at 1
EXPORT(V "roundtrip-option") uint8_t *roundtrip_option(uint32_t tag, float x) {
  AT(uint8_t, RET, 0) = (uint8_t)tag;
  if (tag) { CHECK(x >= 0.0f && x < 256.0f); AT(uint8_t, RET, 1) = (uint8_t)x; }
  return RET;
}
// result<u32, f32> flattens to (tag, i32 holding either the u32 or the f32 bits);
// result<f64, u8> in memory: tag at 0, payload at 8
EXPORT(V "roundtrip-result") uint8_t *roundtrip_result(uint32_t tag, uint32_t payload) {
  AT(uint8_t, RET, 0) = (uint8_t)tag;
  if (tag == 0) {
    AT(double, RET, 8) = (double)payload;
  } else {
    float x; memcpy(&x, &payload, 4);
    CHECK(x >= 0.0f && x < 256.0f);
    AT(uint8_t, RET, 8) = (uint8_t)x;
  }
  return RET;
}
EXPORT(V "roundtrip-enum") uint32_t roundtrip_enum(uint32_t e) { CHECK(e < 2); return e; }
EXPORT(V "invert-bool") uint32_t invert_bool(uint32_t b) { return !b; }

// casts = tuple<c1..c6>; every variant flattens to (tag, joined payload) and sits in memory as
// tag at +0 and payload at +8 (c2: +4); offsets of c1..c6: 0, 16, 24, 40, 56, 72.
// Joined payloads are i64 except c2 (i32); an s32/f32 case occupies the low 32 bits.
EXPORT(V "variant-casts") uint8_t *variant_casts(uint32_t t1, uint64_t p1, uint32_t t2, uint32_t p2,
                                                 uint32_t t3, uint64_t p3, uint32_t t4, uint64_t p4,
                                                 uint32_t t5, uint64_t p5, uint32_t t6, uint64_t p6) {
  uint32_t tags[] = { t1, t3, t4, t5, t6 };
  uint64_t pays[] = { p1, p3, p4, p5, p6 };
  uint32_t offs[] = { 0, 24, 40, 56, 72 };
  // whether case a / b of c1, c3, c4, c5, c6 has an 8-byte payload (s64/f64) or a 4-byte one
  static const bool wide[5][2] = { { 0, 1 }, { 0, 1 }, { 1, 0 }, { 1, 1 }, { 0, 1 } };
  for (int i = 0; i < 5; i++) {
    CHECK(tags[i] < 2);
    AT(uint8_t, RET, offs[i]) = (uint8_t)tags[i];
    // a 4-byte case only defines the low half of the joined i64 (the rest of the slot is padding)
    if (wide[i][tags[i]]) AT(uint64_t, RET, offs[i] + 8) = pays[i];
    else AT(uint32_t, RET, offs[i] + 8) = (uint32_t)pays[i];
  }
  CHECK(t2 < 2);
  AT(uint8_t, RET, 16) = (uint8_t)t2;
  AT(uint32_t, RET, 20) = p2;
  return RET;
}

// zeros = tuple<z1..z4>, each (tag, payload) with case b empty.
// Memory: z1 tag 0 / s32 at 4; z2 tag 8 / s64 at 16; z3 tag 24 / f32 at 28; z4 tag 32 / f64 at 40.
EXPORT(V "variant-zeros") uint8_t *variant_zeros(uint32_t t1, int32_t p1, uint32_t t2, int64_t p2,
                                                 uint32_t t3, float p3, uint32_t t4, double p4) {
  CHECK(t1 < 2 && t2 < 2 && t3 < 2 && t4 < 2);
  AT(uint8_t, RET, 0) = (uint8_t)t1; if (t1 == 0) AT(int32_t, RET, 4) = p1;
  AT(uint8_t, RET, 8) = (uint8_t)t2; if (t2 == 0) AT(int64_t, RET, 16) = p2;
  AT(uint8_t, RET, 24) = (uint8_t)t3; if (t3 == 0) AT(float, RET, 28) = p3;
  AT(uint8_t, RET, 32) = (uint8_t)t4; if (t4 == 0) AT(double, RET, 40) = p4;
  return RET;
}

EXPORT(V "variant-typedefs") void variant_typedefs(uint32_t opt_tag, uint32_t opt_val, uint32_t b,
                                                   uint32_t res_tag, uint32_t res_val) {
  CHECK(opt_tag < 2 && b < 2 && res_tag < 2);
  (void)opt_val; (void)res_val;
}

// tuple<bool, result, my-errno>: u8 at 0, 1, 2
EXPORT(V "variant-enums") uint8_t *variant_enums(uint32_t a, uint32_t b, uint32_t c) {
  CHECK(a < 2 && b < 2 && c < 3);
  AT(uint8_t, RET, 0) = (uint8_t)!a;
  AT(uint8_t, RET, 1) = (uint8_t)!b;
  AT(uint8_t, RET, 2) = (uint8_t)((c + 1) % 3);
  return RET;
}
