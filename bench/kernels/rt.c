/* The two memory helpers the kernels use. Word-at-a-time when both ends are aligned. */
#include "kernel.h"

void *memcpy(void *dst, const void *src, usize len) {
    u8 *d = dst;
    const u8 *s = src;
    if ((((usize)d | (usize)s) & 3) == 0) {
        u32 *dw = (u32 *)d;
        const u32 *sw = (const u32 *)s;
        for (; len >= 16; len -= 16, dw += 4, sw += 4) {
            dw[0] = sw[0];
            dw[1] = sw[1];
            dw[2] = sw[2];
            dw[3] = sw[3];
        }
        for (; len >= 4; len -= 4) *dw++ = *sw++;
        d = (u8 *)dw;
        s = (const u8 *)sw;
    }
    while (len--) *d++ = *s++;
    return dst;
}

void *memset(void *dst, int value, usize len) {
    u8 *d = dst;
    while (len--) *d++ = (u8)value;
    return dst;
}
