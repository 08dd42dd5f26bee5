// test:numbers `runner` world. The host implements `numbers` as identity round-trips plus a stored
// scalar (set-scalar stores, get-scalar returns the last stored value, initially 0).
// run() makes these calls and traps unless each result equals the argument:
//   roundtrip-u8: 1, 0, 255            roundtrip-s8: 1, -128, 127, -1
//   roundtrip-u16: 1, 0, 65535         roundtrip-s16: 1, -32768, 32767
//   roundtrip-u32: 1, 0, 4294967295    roundtrip-s32: 1, -2147483648, 2147483647
//   roundtrip-u64: 1, 0, 2^64-1        roundtrip-s64: 1, -2^63, 2^63-1
//   roundtrip-f32: 1.0, +inf, -inf, -0.0 (sign kept), 1.4e-45 (min subnormal), NaN (result is NaN)
//   roundtrip-f64: 1.0, +inf, -inf, -0.0 (sign kept), 5e-324, NaN (result is NaN)
//   roundtrip-char: 'a', U+0000, U+D7FF, U+E000, U+1F600, U+10FFFF
//   then set-scalar(2), get-scalar() == 2, set-scalar(4294967295), get-scalar() == 4294967295.
#include "../common/cabi.h"
#define NUM "test:numbers/numbers"

IMPORT(NUM, "roundtrip-u8") uint32_t rt_u8(uint32_t);
IMPORT(NUM, "roundtrip-s8") int32_t rt_s8(int32_t);
IMPORT(NUM, "roundtrip-u16") uint32_t rt_u16(uint32_t);
IMPORT(NUM, "roundtrip-s16") int32_t rt_s16(int32_t);
IMPORT(NUM, "roundtrip-u32") uint32_t rt_u32(uint32_t);
IMPORT(NUM, "roundtrip-s32") int32_t rt_s32(int32_t);
IMPORT(NUM, "roundtrip-u64") uint64_t rt_u64(uint64_t);
IMPORT(NUM, "roundtrip-s64") int64_t rt_s64(int64_t);
IMPORT(NUM, "roundtrip-f32") float rt_f32(float);
IMPORT(NUM, "roundtrip-f64") double rt_f64(double);
IMPORT(NUM, "roundtrip-char") uint32_t rt_char(uint32_t);
IMPORT(NUM, "set-scalar") void set_scalar(uint32_t);
IMPORT(NUM, "get-scalar") uint32_t get_scalar(void);

static uint32_t f32_bits(float f) { uint32_t b; memcpy(&b, &f, 4); return b; }
static uint64_t f64_bits(double f) { uint64_t b; memcpy(&b, &f, 8); return b; }

EXPORT("run") void run(void) {
  CHECK(rt_u8(1) == 1); CHECK(rt_u8(0) == 0); CHECK(rt_u8(255) == 255);
  CHECK(rt_s8(1) == 1); CHECK(rt_s8(-128) == -128); CHECK(rt_s8(127) == 127); CHECK(rt_s8(-1) == -1);
  CHECK(rt_u16(1) == 1); CHECK(rt_u16(0) == 0); CHECK(rt_u16(65535) == 65535);
  CHECK(rt_s16(1) == 1); CHECK(rt_s16(-32768) == -32768); CHECK(rt_s16(32767) == 32767);
  CHECK(rt_u32(1) == 1); CHECK(rt_u32(0) == 0); CHECK(rt_u32(0xffffffffu) == 0xffffffffu);
  CHECK(rt_s32(1) == 1); CHECK(rt_s32(INT32_MIN) == INT32_MIN); CHECK(rt_s32(INT32_MAX) == INT32_MAX);
  CHECK(rt_u64(1) == 1); CHECK(rt_u64(0) == 0); CHECK(rt_u64(UINT64_MAX) == UINT64_MAX);
  CHECK(rt_s64(1) == 1); CHECK(rt_s64(INT64_MIN) == INT64_MIN); CHECK(rt_s64(INT64_MAX) == INT64_MAX);

  CHECK(rt_f32(1.0f) == 1.0f);
  CHECK(rt_f32(__builtin_inff()) == __builtin_inff());
  CHECK(rt_f32(-__builtin_inff()) == -__builtin_inff());
  CHECK(f32_bits(rt_f32(-0.0f)) == 0x80000000u);
  CHECK(f32_bits(rt_f32(1.4e-45f)) == 1u);
  { float r = rt_f32(__builtin_nanf("")); CHECK(r != r); }
  CHECK(rt_f64(1.0) == 1.0);
  CHECK(rt_f64(__builtin_inf()) == __builtin_inf());
  CHECK(rt_f64(-__builtin_inf()) == -__builtin_inf());
  CHECK(f64_bits(rt_f64(-0.0)) == 0x8000000000000000ull);
  CHECK(f64_bits(rt_f64(5e-324)) == 1u);
  { double r = rt_f64(__builtin_nan("")); CHECK(r != r); }

  CHECK(rt_char('a') == 'a');
  CHECK(rt_char(0) == 0);
  CHECK(rt_char(0xD7FF) == 0xD7FF);
  CHECK(rt_char(0xE000) == 0xE000);
  CHECK(rt_char(0x1F600) == 0x1F600);
  CHECK(rt_char(0x10FFFF) == 0x10FFFF);

  set_scalar(2); CHECK(get_scalar() == 2);
  set_scalar(0xffffffffu); CHECK(get_scalar() == 0xffffffffu);
}
