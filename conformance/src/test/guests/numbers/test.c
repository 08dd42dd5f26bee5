// test:numbers `test` world: every roundtrip-* export returns its argument unchanged (all bits,
// including NaN payloads and surrogate-free chars); set-scalar stores a u32 that get-scalar returns
// (initially 0).
#include "../common/cabi.h"
#define NUM "test:numbers/numbers#"

EXPORT(NUM "roundtrip-u8") uint32_t rt_u8(uint32_t a) { return a; }
EXPORT(NUM "roundtrip-s8") int32_t rt_s8(int32_t a) { return a; }
EXPORT(NUM "roundtrip-u16") uint32_t rt_u16(uint32_t a) { return a; }
EXPORT(NUM "roundtrip-s16") int32_t rt_s16(int32_t a) { return a; }
EXPORT(NUM "roundtrip-u32") uint32_t rt_u32(uint32_t a) { return a; }
EXPORT(NUM "roundtrip-s32") int32_t rt_s32(int32_t a) { return a; }
EXPORT(NUM "roundtrip-u64") uint64_t rt_u64(uint64_t a) { return a; }
EXPORT(NUM "roundtrip-s64") int64_t rt_s64(int64_t a) { return a; }
EXPORT(NUM "roundtrip-f32") float rt_f32(float a) { return a; }
EXPORT(NUM "roundtrip-f64") double rt_f64(double a) { return a; }
EXPORT(NUM "roundtrip-char") uint32_t rt_char(uint32_t a) { return a; }

static uint32_t scalar;
EXPORT(NUM "set-scalar") void set_scalar(uint32_t a) { scalar = a; }
EXPORT(NUM "get-scalar") uint32_t get_scalar(void) { return scalar; }
