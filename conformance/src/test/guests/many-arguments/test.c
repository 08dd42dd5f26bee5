// test:many-arguments `test` world: many-arguments(a1..a16) traps unless a_k == k for every k
// (16 u64 parameters are exactly MAX_FLAT_PARAMS, so they are passed flat, not through memory).
#include "../common/cabi.h"
EXPORT("test:many-arguments/to-test#many-arguments")
void many_arguments(uint64_t a1, uint64_t a2, uint64_t a3, uint64_t a4, uint64_t a5, uint64_t a6,
                    uint64_t a7, uint64_t a8, uint64_t a9, uint64_t a10, uint64_t a11, uint64_t a12,
                    uint64_t a13, uint64_t a14, uint64_t a15, uint64_t a16) {
  uint64_t a[] = { a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16 };
  for (int k = 0; k < 16; k++) CHECK(a[k] == (uint64_t)(k + 1));
}
