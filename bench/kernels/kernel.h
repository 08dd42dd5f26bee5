/* Shared bits for Weft's benchmark kernels: freestanding wasm32, no libc. */
#ifndef WEFT_KERNEL_H
#define WEFT_KERNEL_H

typedef unsigned char u8;
typedef unsigned int u32;
typedef int i32;
typedef unsigned long long u64;
typedef long long i64;
typedef unsigned long usize;

/* The one export every kernel has: run(n) returns a checksum of the work done. */
#define EXPORT(name) __attribute__((export_name(name)))

/* Numerical Recipes LCG: cheap, deterministic, and identical in every engine. */
static inline u32 lcg_next(u32 *state) {
    *state = *state * 1664525u + 1013904223u;
    return *state;
}

/* Our own (rt.c); the kernels are built with -fno-builtin so these stay real calls. */
void *memcpy(void *dst, const void *src, usize len);
void *memset(void *dst, int value, usize len);

#endif
