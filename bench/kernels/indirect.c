/* Indirect calls: a state machine that picks its next step from a table of eight function
 * pointers (call_indirect), the index depending on the data. run(n): n dispatches. */
#include "kernel.h"

typedef u32 (*step_fn)(u32 x, u32 i);

__attribute__((noinline)) static u32 step0(u32 x, u32 i) { return x * 31u + i; }
__attribute__((noinline)) static u32 step1(u32 x, u32 i) { return (x ^ i) + 0x7F4A7C15u; }
__attribute__((noinline)) static u32 step2(u32 x, u32 i) { return (x << 5) - x + (i >> 1); }
__attribute__((noinline)) static u32 step3(u32 x, u32 i) { return x ^ (x >> 11) ^ i; }
__attribute__((noinline)) static u32 step4(u32 x, u32 i) { return x * 0x2C1B3C6Du + 1u + i; }
__attribute__((noinline)) static u32 step5(u32 x, u32 i) { return ((x >> 3) | (x << 29)) ^ i; }
__attribute__((noinline)) static u32 step6(u32 x, u32 i) { return x + (i * i) + 0x165667B1u; }
__attribute__((noinline)) static u32 step7(u32 x, u32 i) { return ~x * 0x27D4EB2Fu ^ i; }

/* Filled at run time so the compiler cannot turn the dispatch into direct calls. */
static step_fn table[8];

EXPORT("run") i32 run(i32 n) {
    table[0] = step0; table[1] = step1; table[2] = step2; table[3] = step3;
    table[4] = step4; table[5] = step5; table[6] = step6; table[7] = step7;
    u32 x = 0x12345678u;
    for (i32 i = 0; i < n; i++) x = table[(x >> 13) & 7](x, (u32)i);
    return (i32)x;
}
