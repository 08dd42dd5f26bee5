/* Integer hashing: FNV-1a and an xxHash32-style four-lane hash over a generated 64 KiB buffer.
 * run(n): n rounds; each round perturbs one byte so no round can be hoisted or folded. */
#include "kernel.h"

#define BUF_SIZE 65536u
static u8 buf[BUF_SIZE];

#define P1 2654435761u
#define P2 2246822519u
#define P3 3266489917u
#define P4 668265263u
#define P5 374761393u

static inline u32 rotl(u32 x, int r) { return (x << r) | (x >> (32 - r)); }

static inline u32 load32(const u8 *p) {
    return (u32)p[0] | ((u32)p[1] << 8) | ((u32)p[2] << 16) | ((u32)p[3] << 24);
}

static u32 fnv1a(const u8 *p, u32 len) {
    u32 h = 2166136261u;
    for (u32 i = 0; i < len; i++) h = (h ^ p[i]) * 16777619u;
    return h;
}

static inline u32 lane(u32 acc, u32 word) { return rotl(acc + word * P2, 13) * P1; }

static u32 xx32(const u8 *p, u32 len, u32 seed) {
    const u8 *end = p + len;
    u32 h;
    if (len >= 16) {
        u32 a = seed + P1 + P2, b = seed + P2, c = seed, d = seed - P1;
        for (; p + 16 <= end; p += 16) {
            a = lane(a, load32(p));
            b = lane(b, load32(p + 4));
            c = lane(c, load32(p + 8));
            d = lane(d, load32(p + 12));
        }
        h = rotl(a, 1) + rotl(b, 7) + rotl(c, 12) + rotl(d, 18);
    } else {
        h = seed + P5;
    }
    h += len;
    for (; p + 4 <= end; p += 4) h = rotl(h + load32(p) * P3, 17) * P4;
    for (; p < end; p++) h = rotl(h + *p * P5, 11) * P1;
    h ^= h >> 15;
    h *= P2;
    h ^= h >> 13;
    h *= P3;
    h ^= h >> 16;
    return h;
}

EXPORT("run") i32 run(i32 n) {
    u32 state = 0x9E3779B9u;
    for (u32 i = 0; i < BUF_SIZE; i++) buf[i] = (u8)(lcg_next(&state) >> 24);
    u32 acc = 0;
    for (i32 r = 0; r < n; r++) {
        acc = rotl(acc, 5) ^ fnv1a(buf, BUF_SIZE);
        acc += xx32(buf, BUF_SIZE - (u32)(r & 15), (u32)r);
        buf[(acc >> 7) & (BUF_SIZE - 1)] ^= (u8)acc;
    }
    return (i32)acc;
}
