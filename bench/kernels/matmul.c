/* Float matrix multiply: C = A x B for n x n f32 matrices (n capped at MAX_N), naive i-k-j order.
 * run(n) returns a hash of C's bit patterns, so every rounding step must match. */
#include "kernel.h"

#define MAX_N 128
static float a[MAX_N * MAX_N], b[MAX_N * MAX_N], c[MAX_N * MAX_N];

/* A float in [-1, 1) from the top 24 bits of the generator. */
static inline float next_float(u32 *state) {
    return (float)(lcg_next(state) >> 8) * (2.0f / 16777216.0f) - 1.0f;
}

static inline u32 bits(float f) {
    union { float f; u32 u; } v = { f };
    return v.u;
}

EXPORT("run") i32 run(i32 n) {
    if (n < 1) n = 1;
    if (n > MAX_N) n = MAX_N;
    u32 state = 12345u;
    for (i32 i = 0; i < n * n; i++) {
        a[i] = next_float(&state);
        b[i] = next_float(&state);
        c[i] = 0.0f;
    }
    for (i32 i = 0; i < n; i++) {
        for (i32 k = 0; k < n; k++) {
            float aik = a[i * n + k];
            const float *brow = &b[k * n];
            float *crow = &c[i * n];
            for (i32 j = 0; j < n; j++) crow[j] += aik * brow[j];
        }
    }
    u32 h = 2166136261u;
    for (i32 i = 0; i < n * n; i++) h = (h ^ bits(c[i])) * 16777619u;
    return (i32)h;
}
