// test:variants `runner` world. The host implements to-test exactly as the test world does (see
// ../variants/test.c). run() checks (trap on mismatch):
//   roundtrip-option: some(1.0) -> some(1), some(200.0) -> some(200), none -> none
//   roundtrip-result: ok(2) -> ok(2.0), ok(4294967295) -> ok(4294967295.0), err(4.0) -> err(4)
//   roundtrip-enum: a -> a, b -> b          invert-bool: true -> false, false -> true
//   variant-casts: (c1.a(1), c2.a(2), c3.a(3), c4.a(4), c5.a(5), c6.a(6.0)) -> unchanged;
//     (c1.b(-2^63), c2.b(-0.0), c3.b(1e300), c4.b(1.5), c5.b(-inf), c6.b(2^-1074)) -> unchanged;
//     (c1.a(-1), c2.b(NaN), c3.a(-2^31), c4.b(-inf), c5.a(2^63-1), c6.a(-3.5)) -> unchanged (NaN stays NaN)
//   variant-zeros: (z1.a(-1), z2.a(-2^63), z3.a(-0.0), z4.a(1e-300)) and (b, b, b, b) -> unchanged
//   variant-typedefs(none, false, err) and (some(42), true, ok(7))
//   variant-enums(true, ok, success) -> (false, err, a); (false, err, b) -> (true, ok, success)
#include "../common/cabi.h"
#define V "test:variants/to-test"
IMPORT(V, "roundtrip-option") void roundtrip_option(uint32_t, float, uint8_t *ret);
IMPORT(V, "roundtrip-result") void roundtrip_result(uint32_t, uint32_t, uint8_t *ret);
IMPORT(V, "roundtrip-enum") uint32_t roundtrip_enum(uint32_t);
IMPORT(V, "invert-bool") uint32_t invert_bool(uint32_t);
IMPORT(V, "variant-casts") void variant_casts(uint32_t, uint64_t, uint32_t, uint32_t, uint32_t, uint64_t,
                                              uint32_t, uint64_t, uint32_t, uint64_t, uint32_t, uint64_t, uint8_t *ret);
IMPORT(V, "variant-zeros") void variant_zeros(uint32_t, int32_t, uint32_t, int64_t, uint32_t, float, uint32_t, double,
                                              uint8_t *ret);
IMPORT(V, "variant-typedefs") void variant_typedefs(uint32_t, uint32_t, uint32_t, uint32_t, uint32_t);
IMPORT(V, "variant-enums") void variant_enums(uint32_t, uint32_t, uint32_t, uint8_t *ret);

static uint32_t f32b(float f) { uint32_t b; memcpy(&b, &f, 4); return b; }
static uint64_t f64b(double f) { uint64_t b; memcpy(&b, &f, 8); return b; }
static uint64_t ret[16];
#define R ((uint8_t *)ret)

// One variant-casts case list: tags and joined payloads as flattened, checked against memory.
static void casts(const uint32_t t[6], const uint64_t p[6]) {
  static const uint32_t offs[6] = { 0, 16, 24, 40, 56, 72 };
  static const bool wide[6][2] = { { 0, 1 }, { 0, 0 }, { 0, 1 }, { 1, 0 }, { 1, 1 }, { 0, 1 } };
  memset(ret, 0xAA, sizeof ret);
  variant_casts(t[0], p[0], t[1], (uint32_t)p[1], t[2], p[2], t[3], p[3], t[4], p[4], t[5], p[5], R);
  for (int i = 0; i < 6; i++) {
    uint32_t off = offs[i], pay = i == 1 ? off + 4 : off + 8;
    CHECK(AT(uint8_t, R, off) == t[i]);
    if (wide[i][t[i]]) CHECK(AT(uint64_t, R, pay) == p[i]);
    else CHECK(AT(uint32_t, R, pay) == (uint32_t)p[i]);
  }
}

EXPORT("run") void run(void) {
  roundtrip_option(1, 1.0f, R); CHECK(R[0] == 1 && R[1] == 1);
  roundtrip_option(1, 200.0f, R); CHECK(R[0] == 1 && R[1] == 200);
  roundtrip_option(0, 0.0f, R); CHECK(R[0] == 0);
  roundtrip_result(0, 2, R); CHECK(R[0] == 0 && AT(double, R, 8) == 2.0);
  roundtrip_result(0, 0xffffffffu, R); CHECK(R[0] == 0 && AT(double, R, 8) == 4294967295.0);
  roundtrip_result(1, f32b(4.0f), R); CHECK(R[0] == 1 && R[8] == 4);
  CHECK(roundtrip_enum(0) == 0); CHECK(roundtrip_enum(1) == 1);
  CHECK(invert_bool(1) == 0); CHECK(invert_bool(0) == 1);

  { uint32_t t[6] = { 0, 0, 0, 0, 0, 0 };
    uint64_t p[6] = { 1, 2, 3, 4, 5, f32b(6.0f) };
    casts(t, p); }
  { uint32_t t[6] = { 1, 1, 1, 1, 1, 1 };
    uint64_t p[6] = { (uint64_t)INT64_MIN, f32b(-0.0f), f64b(1e300), f32b(1.5f), f64b(-__builtin_inf()), 1 };
    casts(t, p); }
  { uint32_t t[6] = { 0, 1, 0, 1, 0, 0 };
    uint64_t p[6] = { 0xffffffffu, f32b(__builtin_nanf("")), 0x80000000u, f32b(-__builtin_inff()),
                      (uint64_t)INT64_MAX, f32b(-3.5f) };
    casts(t, p); }

  memset(ret, 0, sizeof ret);
  variant_zeros(0, -1, 0, INT64_MIN, 0, -0.0f, 0, 1e-300, R);
  CHECK(R[0] == 0 && AT(int32_t, R, 4) == -1);
  CHECK(R[8] == 0 && AT(int64_t, R, 16) == INT64_MIN);
  CHECK(R[24] == 0 && AT(uint32_t, R, 28) == 0x80000000u);
  CHECK(R[32] == 0 && AT(double, R, 40) == 1e-300);
  variant_zeros(1, 0, 1, 0, 1, 0.0f, 1, 0.0, R);
  CHECK(R[0] == 1 && R[8] == 1 && R[24] == 1 && R[32] == 1);

  variant_typedefs(0, 0, 0, 1, 0);
  variant_typedefs(1, 42, 1, 0, 7);

  variant_enums(1, 0, 0, R); CHECK(R[0] == 0 && R[1] == 1 && R[2] == 1);
  variant_enums(0, 1, 2, R); CHECK(R[0] == 1 && R[1] == 0 && R[2] == 0);
}
