// sample:codec/codec in C: checksums (CRC-32, Adler-32, FNV-1a), hex and base64, and a streaming
// `hasher` resource. Freestanding (no libc, no WASI imports); the Canonical ABI glue is written by hand
// below the library code: exports are named `sample:codec/codec#<function>`, results that do not fit in
// one core value are returned through a static return area, and `cabi_post_*` exports free what a
// result pointed to once the host has copied it.
#include <stdint.h>
#include <stddef.h>

#define EXPORT(name) __attribute__((export_name(name)))
#define IMPORT(module, name) __attribute__((import_module(module), import_name(name)))
#define IFACE "sample:codec/codec"

// ---------------------------------------------------------------- memory
// clang lowers struct copies and loops to these, so a freestanding module must define them.
void *memcpy(void *dst, const void *src, size_t n) {
  uint8_t *d = dst; const uint8_t *s = src;
  while (n--) *d++ = *s++;
  return dst;
}
void *memset(void *dst, int c, size_t n) {
  uint8_t *d = dst;
  while (n--) *d++ = (uint8_t)c;
  return dst;
}

// A first-fit free list over 16-byte aligned blocks, each preceded by a 16-byte header holding its
// capacity; memory grows a page range at a time. Enough for a library that frees what it allocates.
typedef struct block { uint32_t cap; struct block *next_free; uint32_t pad[2]; } block;
extern uint8_t __heap_base;
static uintptr_t heap_next, heap_limit;
static block *free_blocks;
static uint8_t empty_list[16] __attribute__((aligned(16))); // where zero-byte allocations point

static void *alloc(size_t n) {
  n = (n + 15) & ~(size_t)15;
  if (n == 0) n = 16;
  for (block **p = &free_blocks; *p; p = &(*p)->next_free) {
    if ((*p)->cap >= n && (*p)->cap <= 2 * n + 64) { block *b = *p; *p = b->next_free; return b + 1; }
  }
  if (!heap_next) {
    heap_next = ((uintptr_t)&__heap_base + 15) & ~(uintptr_t)15;
    heap_limit = __builtin_wasm_memory_size(0) * 65536;
  }
  uintptr_t end = heap_next + sizeof(block) + n;
  if (end > heap_limit) {
    size_t pages = (end - heap_limit + 65535) / 65536;
    if (__builtin_wasm_memory_grow(0, pages) == (size_t)-1) __builtin_trap();
    heap_limit += pages * 65536;
  }
  block *b = (block *)heap_next;
  b->cap = (uint32_t)n;
  heap_next = end;
  return b + 1;
}

static void release(void *p) {
  if (!p || p == empty_list) return;
  block *b = (block *)p - 1;
  b->next_free = free_blocks;
  free_blocks = b;
}

EXPORT("cabi_realloc") void *cabi_realloc(void *old, size_t old_size, size_t align, size_t new_size) {
  (void)align; // blocks are 16-aligned: enough for every Canonical ABI type
  if (new_size == 0) { release(old); return empty_list; }
  void *p = alloc(new_size);
  if (old) { memcpy(p, old, old_size < new_size ? old_size : new_size); release(old); }
  return p;
}

// ---------------------------------------------------------------- the library
enum algorithm { CRC32, ADLER32, FNV1A, ALGORITHMS };

typedef struct {
  uint8_t algorithm;
  uint32_t state;  // CRC-32: inverted register; Adler-32: (b << 16) | a; FNV-1a: hash
  uint64_t length;
} hasher;

static uint32_t crc_table[256];

static void hasher_reset(hasher *h) {
  h->length = 0;
  switch (h->algorithm) {
    case CRC32: h->state = 0xFFFFFFFFu; break;
    case ADLER32: h->state = 1; break;
    default: h->state = 2166136261u; break;
  }
}

static void hasher_update(hasher *h, const uint8_t *p, uint32_t n) {
  h->length += n;
  uint32_t s = h->state;
  switch (h->algorithm) {
    case CRC32:
      if (!crc_table[1]) {
        for (uint32_t i = 0; i < 256; i++) {
          uint32_t c = i;
          for (int k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
          crc_table[i] = c;
        }
      }
      for (uint32_t i = 0; i < n; i++) s = crc_table[(s ^ p[i]) & 0xFF] ^ (s >> 8);
      break;
    case ADLER32: {
      uint32_t a = s & 0xFFFF, b = s >> 16;
      while (n) {
        uint32_t chunk = n < 5552 ? n : 5552; // the largest run whose sums cannot overflow 32 bits
        n -= chunk;
        while (chunk--) { a += *p++; b += a; }
        a %= 65521; b %= 65521;
      }
      s = (b << 16) | a;
      break;
    }
    default:
      for (uint32_t i = 0; i < n; i++) s = (s ^ p[i]) * 16777619u;
      break;
  }
  h->state = s;
}

static uint32_t hasher_value(const hasher *h) {
  return h->algorithm == CRC32 ? ~h->state : h->state;
}

static const char HEX[] = "0123456789abcdef";
static const char B64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int hex_value(uint8_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

static int b64_value(uint8_t c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

// ---------------------------------------------------------------- Canonical ABI glue
// One static return area, 8-aligned because `digest` holds a u64.
static uint64_t ret_words[4];
#define RET ((uint8_t *)ret_words)
#define AT(T, base, off) (*(T *)((uint8_t *)(base) + (off)))

// digest = { algorithm: u8 @0, value: u32 @4, length: u64 @8 }, size 16, align 8.
static void store_digest(uint8_t *at, const hasher *h) {
  AT(uint8_t, at, 0) = h->algorithm;
  AT(uint32_t, at, 4) = hasher_value(h);
  AT(uint64_t, at, 8) = h->length;
}

// (ptr, len) of a string or list in the return area.
static uint8_t *ret_list(void *ptr, uint32_t len) {
  AT(uint32_t, RET, 0) = (uint32_t)(uintptr_t)ptr;
  AT(uint32_t, RET, 4) = len;
  return RET;
}
static void post_list(uint8_t *ret) { release(AT(void *, ret, 0)); }

EXPORT(IFACE "#checksum") uint8_t *codec_checksum(uint32_t algorithm, uint8_t *data, uint32_t len) {
  if (algorithm >= ALGORITHMS) __builtin_trap();
  hasher h = { .algorithm = (uint8_t)algorithm };
  hasher_reset(&h);
  hasher_update(&h, data, len);
  release(data); // argument buffers are the callee's to free
  store_digest(RET, &h);
  return RET;
}

EXPORT(IFACE "#checksum-all") uint8_t *codec_checksum_all(uint8_t *data, uint32_t len) {
  uint8_t *out = alloc(16 * ALGORITHMS);
  for (uint8_t a = 0; a < ALGORITHMS; a++) {
    hasher h = { .algorithm = a };
    hasher_reset(&h);
    hasher_update(&h, data, len);
    store_digest(out + 16 * a, &h);
  }
  release(data);
  return ret_list(out, ALGORITHMS);
}
EXPORT("cabi_post_" IFACE "#checksum-all") void post_checksum_all(uint8_t *ret) { post_list(ret); }

EXPORT(IFACE "#hex-encode") uint8_t *codec_hex_encode(uint8_t *data, uint32_t len) {
  uint8_t *out = alloc(2 * (size_t)len);
  for (uint32_t i = 0; i < len; i++) { out[2 * i] = HEX[data[i] >> 4]; out[2 * i + 1] = HEX[data[i] & 15]; }
  release(data);
  return ret_list(out, 2 * len);
}
EXPORT("cabi_post_" IFACE "#hex-encode") void post_hex_encode(uint8_t *ret) { post_list(ret); }

// result<list<u8>, decode-error> = { tag: u8 @0, ok: (ptr @4, len @8) | err: { tag: u8 @4, u32 @8 } }.
static uint8_t *ret_decode_error(uint8_t case_, uint32_t value) {
  AT(uint8_t, RET, 0) = 1;
  AT(uint8_t, RET, 4) = case_;
  AT(uint32_t, RET, 8) = value;
  return RET;
}
static uint8_t *ret_decoded(uint8_t *ptr, uint32_t len) {
  AT(uint8_t, RET, 0) = 0;
  AT(uint32_t, RET, 4) = (uint32_t)(uintptr_t)ptr;
  AT(uint32_t, RET, 8) = len;
  return RET;
}
enum { INVALID_CHAR, BAD_LENGTH };

EXPORT(IFACE "#hex-decode") uint8_t *codec_hex_decode(uint8_t *text, uint32_t len) {
  if (len % 2) { release(text); return ret_decode_error(BAD_LENGTH, len); }
  uint8_t *out = alloc(len / 2);
  for (uint32_t i = 0; i < len; i += 2) {
    int hi = hex_value(text[i]), lo = hex_value(text[i + 1]);
    if (hi < 0 || lo < 0) {
      release(out); release(text);
      return ret_decode_error(INVALID_CHAR, hi < 0 ? i : i + 1);
    }
    out[i / 2] = (uint8_t)(hi << 4 | lo);
  }
  release(text);
  return ret_decoded(out, len / 2);
}

EXPORT(IFACE "#base64-encode") uint8_t *codec_base64_encode(uint8_t *data, uint32_t len) {
  uint32_t n = (len + 2) / 3 * 4;
  uint8_t *out = alloc(n), *o = out;
  for (uint32_t i = 0; i < len; i += 3) {
    uint32_t rest = len - i;
    uint32_t v = (uint32_t)data[i] << 16 | (rest > 1 ? (uint32_t)data[i + 1] << 8 : 0) | (rest > 2 ? data[i + 2] : 0);
    *o++ = B64[v >> 18 & 63];
    *o++ = B64[v >> 12 & 63];
    *o++ = rest > 1 ? B64[v >> 6 & 63] : '=';
    *o++ = rest > 2 ? B64[v & 63] : '=';
  }
  release(data);
  return ret_list(out, n);
}
EXPORT("cabi_post_" IFACE "#base64-encode") void post_base64_encode(uint8_t *ret) { post_list(ret); }

EXPORT(IFACE "#base64-decode") uint8_t *codec_base64_decode(uint8_t *text, uint32_t len) {
  if (len % 4) { release(text); return ret_decode_error(BAD_LENGTH, len); }
  uint32_t pad = len && text[len - 1] == '=' ? (text[len - 2] == '=' ? 2 : 1) : 0;
  uint32_t n = len / 4 * 3 - pad;
  uint8_t *out = alloc(n);
  for (uint32_t i = 0, o = 0; i < len; i += 4) {
    uint32_t v = 0;
    for (uint32_t k = 0; k < 4; k++) {
      uint32_t at = i + k;
      int d = b64_value(text[at]);
      if (d < 0 && !(text[at] == '=' && at >= len - pad)) {
        release(out); release(text);
        return ret_decode_error(INVALID_CHAR, at);
      }
      v = v << 6 | (uint32_t)(d < 0 ? 0 : d);
    }
    for (uint32_t k = 0; k < 3 && o < n; k++) out[o++] = (uint8_t)(v >> (16 - 8 * k));
  }
  release(text);
  return ret_decoded(out, n);
}

// Both decoders' results own a list only in the ok case.
static void post_decoded(uint8_t *ret) { if (AT(uint8_t, ret, 0) == 0) release(AT(void *, ret, 4)); }
EXPORT("cabi_post_" IFACE "#hex-decode") void post_hex_decode(uint8_t *ret) { post_decoded(ret); }
EXPORT("cabi_post_" IFACE "#base64-decode") void post_base64_decode(uint8_t *ret) { post_decoded(ret); }

// The hasher resource: the component keeps the handle table; its representation is our pointer.
IMPORT("[export]" IFACE, "[resource-new]hasher") uint32_t hasher_handle(hasher *rep);

EXPORT(IFACE "#[constructor]hasher") uint32_t hasher_new(uint32_t algorithm) {
  if (algorithm >= ALGORITHMS) __builtin_trap();
  hasher *h = alloc(sizeof *h);
  h->algorithm = (uint8_t)algorithm;
  hasher_reset(h);
  return hasher_handle(h);
}
EXPORT(IFACE "#[dtor]hasher") void hasher_drop(hasher *h) { release(h); }
EXPORT(IFACE "#[method]hasher.update") void hasher_update_export(hasher *h, uint8_t *data, uint32_t len) {
  hasher_update(h, data, len);
  release(data);
}
EXPORT(IFACE "#[method]hasher.digest") uint8_t *hasher_digest(hasher *h) { store_digest(RET, h); return RET; }
EXPORT(IFACE "#[method]hasher.reset") void hasher_reset_export(hasher *h) { hasher_reset(h); }
