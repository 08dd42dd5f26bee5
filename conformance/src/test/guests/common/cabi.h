// Shared freestanding runtime for the hand-written Canonical ABI guests: an allocator behind
// cabi_realloc (tracking live bytes so guests can report leaks), the mem* functions clang may
// emit calls to, and small helpers for strings/lists. Every guest includes this exactly once.
#ifndef WEFT_GUEST_CABI_H
#define WEFT_GUEST_CABI_H

#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>

#define EXPORT(name) __attribute__((export_name(name)))
#define IMPORT(module, name) __attribute__((import_module(module), import_name(name)))
#define CHECK(cond) do { if (!(cond)) __builtin_trap(); } while (0)

void *memcpy(void *dst, const void *src, size_t n) {
  uint8_t *d = dst; const uint8_t *s = src;
  while (n--) *d++ = *s++;
  return dst;
}

void *memmove(void *dst, const void *src, size_t n) {
  uint8_t *d = dst; const uint8_t *s = src;
  if (d < s) { while (n--) *d++ = *s++; }
  else { d += n; s += n; while (n--) *--d = *--s; }
  return dst;
}

void *memset(void *dst, int c, size_t n) {
  uint8_t *d = dst;
  while (n--) *d++ = (uint8_t)c;
  return dst;
}

int memcmp(const void *a, const void *b, size_t n) {
  const uint8_t *x = a, *y = b;
  for (; n; n--, x++, y++) if (*x != *y) return *x - *y;
  return 0;
}

static inline size_t cstrlen(const char *s) { size_t n = 0; while (s[n]) n++; return n; }

// ---- allocator: 16-byte header {size, next-free} before each block, first-fit free list ----
extern uint8_t __heap_base;
static uintptr_t heap_top;
static uintptr_t heap_end;
static uint32_t live_bytes;

typedef struct block { uint32_t size; struct block *next; uint32_t pad[2]; } block_t;
static block_t *free_list;

static inline void *guest_alloc(size_t size) {
  if (size == 0) size = 1;
  size = (size + 15) & ~(size_t)15;
  for (block_t **p = &free_list; *p; p = &(*p)->next) {
    if ((*p)->size >= size) {
      block_t *b = *p;
      *p = b->next;
      live_bytes += b->size;
      return b + 1;
    }
  }
  if (heap_top == 0) {
    heap_top = ((uintptr_t)&__heap_base + 15) & ~(uintptr_t)15;
    heap_end = __builtin_wasm_memory_size(0) * 65536;
  }
  uintptr_t need = heap_top + sizeof(block_t) + size;
  if (need > heap_end) {
    size_t pages = (need - heap_end + 65535) / 65536;
    if (__builtin_wasm_memory_grow(0, pages) == (size_t)-1) __builtin_trap();
    heap_end += pages * 65536;
  }
  block_t *b = (block_t *)heap_top;
  b->size = (uint32_t)size;
  heap_top = need;
  live_bytes += b->size;
  return b + 1;
}

static inline void guest_free(void *ptr) {
  if (!ptr) return;
  block_t *b = (block_t *)ptr - 1;
  live_bytes -= b->size;
  b->next = free_list;
  free_list = b;
}

EXPORT("cabi_realloc")
void *cabi_realloc(void *old, size_t old_size, size_t align, size_t new_size) {
  (void)align; // every block is 16-aligned, enough for any canonical ABI type
  if (new_size == 0) { guest_free(old); return (void *)16; }
  void *p = guest_alloc(new_size);
  if (old) {
    memcpy(p, old, old_size < new_size ? old_size : new_size);
    guest_free(old);
  }
  return p;
}

// ---- strings and lists as (ptr, len) pairs, as the canonical ABI passes them ----
typedef struct { uint8_t *ptr; uint32_t len; } slice_t;

static inline slice_t slice_lit(const char *s) { slice_t r = { (uint8_t *)s, (uint32_t)cstrlen(s) }; return r; }

static inline slice_t slice_dup(const void *p, uint32_t len) {
  slice_t r = { len ? guest_alloc(len) : (uint8_t *)1, len };
  if (len) memcpy(r.ptr, p, len);
  return r;
}

static inline slice_t str_dup(const char *s) { return slice_dup(s, (uint32_t)cstrlen(s)); }

static inline bool slice_eq(const uint8_t *p, uint32_t len, const char *s) {
  uint32_t n = (uint32_t)cstrlen(s);
  return n == len && memcmp(p, s, n) == 0;
}

static inline void free_slice(uint8_t *p, uint32_t len) { if (len) guest_free(p); }

// Return area for results that do not fit in one flat value (exports hand back its address).
static uint64_t ret_area[64] __attribute__((unused));
#define RET ((uint8_t *)ret_area)

// Little helpers to read/write canonical-ABI memory layouts.
#define AT(T, base, off) (*(T *)((uint8_t *)(base) + (off)))

// Appends text to a growable buffer (used to build descriptive string results).
typedef struct { uint8_t *ptr; uint32_t len, cap; } buf_t;

static inline void buf_put(buf_t *b, const void *p, uint32_t n) {
  if (b->len + n > b->cap) {
    uint32_t cap = b->cap ? b->cap * 2 : 32;
    while (cap < b->len + n) cap *= 2;
    b->ptr = cabi_realloc(b->ptr, b->len, 1, cap);
    b->cap = cap;
  }
  memcpy(b->ptr + b->len, p, n);
  b->len += n;
}

static inline void buf_str(buf_t *b, const char *s) { buf_put(b, s, (uint32_t)cstrlen(s)); }

static inline void buf_u32(buf_t *b, uint32_t v) {
  char tmp[10]; int n = 0;
  do { tmp[n++] = (char)('0' + v % 10); v /= 10; } while (v);
  while (n) buf_put(b, &tmp[--n], 1);
}


// For exports returning one string/list: store (ptr, len) in the return area; the matching
// cabi_post_* export frees it with post_slice.
static inline uint8_t *ret_slice(slice_t s) {
  AT(uint32_t, RET, 0) = (uint32_t)s.ptr; AT(uint32_t, RET, 4) = s.len;
  return RET;
}
static inline void post_slice(uint8_t *r) { free_slice(AT(uint8_t *, r, 0), AT(uint32_t, r, 4)); }

#endif
