// A small freestanding C library exposed as a component (see calc.wat.in and build.sh).
// Parameters and results follow the Canonical ABI by hand: strings and lists arrive as
// (pointer, length) pairs in linear memory; results that do not fit one core value are written
// to a static return area whose address is returned.

typedef unsigned char u8;
typedef unsigned int u32;
typedef int s32;
typedef unsigned long long u64;
typedef unsigned long size_t;

extern u8 __heap_base;
static u8 *heap_top = &__heap_base;

// Bump allocator; post-return resets it, since every allocation only lives for one call.
__attribute__((export_name("cabi_realloc")))
void *cabi_realloc(void *old, size_t old_size, size_t align, size_t new_size) {
    size_t p = ((size_t) heap_top + align - 1) & ~(align - 1);
    size_t end = p + new_size;
    size_t limit = __builtin_wasm_memory_size(0) * 65536;
    if (end > limit) {
        size_t pages = (end - limit + 65535) / 65536;
        if (__builtin_wasm_memory_grow(0, pages) == (size_t) -1) __builtin_trap();
    }
    u8 *dst = (u8 *) p;
    for (size_t i = 0; i < old_size && i < new_size; i++) dst[i] = ((u8 *) old)[i];
    heap_top = (u8 *) end;
    return dst;
}

__attribute__((export_name("cabi_post_reset")))
void cabi_post_reset(s32 ignored) { heap_top = &__heap_base; (void) ignored; }

static u32 ret_area[4];

__attribute__((export_name("add")))
s32 add(s32 a, s32 b) { return a + b; }

__attribute__((export_name("fib")))
u64 fib(u32 n) {
    u64 a = 0, b = 1;
    for (u32 i = 0; i < n; i++) { u64 t = a + b; a = b; b = t; }
    return a;
}

// greet(name: string) -> string: "Hello, <name>!"
__attribute__((export_name("greet")))
u32 *greet(const u8 *name, u32 len) {
    static const char prefix[] = "Hello, ";
    u32 plen = sizeof prefix - 1, total = plen + len + 1;
    u8 *out = cabi_realloc(0, 0, 1, total);
    for (u32 i = 0; i < plen; i++) out[i] = (u8) prefix[i];
    for (u32 i = 0; i < len; i++) out[plen + i] = name[i];
    out[total - 1] = '!';
    ret_area[0] = (u32) out;
    ret_area[1] = total;
    return ret_area;
}

// upper(s: string) -> string: ASCII letters upper-cased, other bytes (UTF-8) unchanged
__attribute__((export_name("upper")))
u32 *upper(const u8 *s, u32 len) {
    u8 *out = cabi_realloc(0, 0, 1, len);
    for (u32 i = 0; i < len; i++) out[i] = s[i] >= 'a' && s[i] <= 'z' ? s[i] - 32 : s[i];
    ret_area[0] = (u32) out;
    ret_area[1] = len;
    return ret_area;
}

// sum(values: list<f64>) -> f64
__attribute__((export_name("sum")))
double sum(const double *values, u32 len) {
    double t = 0;
    for (u32 i = 0; i < len; i++) t += values[i];
    return t;
}

// stats(values: list<s32>) -> tuple<s32, s32, u32>: minimum, maximum, count
__attribute__((export_name("stats")))
u32 *stats(const s32 *values, u32 len) {
    s32 min = 0, max = 0;
    for (u32 i = 0; i < len; i++) {
        if (i == 0 || values[i] < min) min = values[i];
        if (i == 0 || values[i] > max) max = values[i];
    }
    ret_area[0] = (u32) min;
    ret_area[1] = (u32) max;
    ret_area[2] = len;
    return ret_area;
}

// find(haystack: string, needle: string) -> option<u32>: byte offset of the first match
__attribute__((export_name("find")))
u32 *find(const u8 *h, u32 hlen, const u8 *n, u32 nlen) {
    ret_area[0] = 0;
    for (u32 i = 0; i + nlen <= hlen; i++) {
        u32 j = 0;
        while (j < nlen && h[i + j] == n[j]) j++;
        if (j == nlen) { ret_area[0] = 1; ret_area[1] = i; break; }
    }
    return ret_area;
}

// divide(a: s32, b: s32) -> result<s32, string>
__attribute__((export_name("divide")))
u32 *divide(s32 a, s32 b) {
    static const char msg[] = "division by zero";
    if (b == 0) {
        ret_area[0] = 1;
        ret_area[1] = (u32) msg;
        ret_area[2] = sizeof msg - 1;
    } else {
        ret_area[0] = 0;
        ret_area[1] = (u32) (a / b);
    }
    return ret_area;
}

// clamp(n: s32, bound: option<s32>) -> s32: n limited to [-bound, bound] when a bound is given
__attribute__((export_name("clamp")))
s32 clamp(s32 n, u32 has_bound, s32 bound) {
    if (!has_bound) return n;
    return n > bound ? bound : n < -bound ? -bound : n;
}
