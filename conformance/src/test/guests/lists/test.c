// test:lists `test` world (to-test interface). Parameters are checked exactly (trap on mismatch) and
// freed; results are freshly allocated and freed by the cabi_post_* exports, so allocated-bytes()
// (the guest's live heap bytes) is 0 between calls.
//   empty-list-param(a): a == []               empty-string-param(a): a == ""
//   empty-list-result() -> []                  empty-string-result() -> ""
//   list-param(a): a == [1, 2, 3, 4]           list-param2(a): a == "foo"
//   list-param3(a): a == ["foo", "bar", "baz"]
//   list-param4(a): a == [["foo", "bar"], ["baz"]]
//   list-param5(a): a == [(1, 2, 3), (4, 5, 6)]
//   list-param-large(a): a has 1000 elements, each "string"
//   list-result() -> [1, 2, 3, 4, 5]           list-result2() -> "hello!"
//   list-result3() -> ["hello,", "world!"]
//   list-minmax8/16/32/64/-float(a, b) -> (a, b) unchanged (bit-exact, NaN payloads included)
//   list-roundtrip(a) -> a    string-roundtrip(a) -> a    wasi-http-headers-roundtrip(a) -> a
//   allocated-bytes() -> live heap bytes of the guest (u32)
#include "../common/cabi.h"
#define L "test:lists/to-test#"
#define POST(f) "cabi_post_" L f

static void free_strings(uint8_t *p, uint32_t n) {
  for (uint32_t i = 0; i < n; i++) free_slice(AT(uint8_t *, p, i * 8), AT(uint32_t, p, i * 8 + 4));
  free_slice(p, n * 8);
}

EXPORT(L "empty-list-param") void empty_list_param(uint8_t *p, uint32_t n) { CHECK(n == 0); free_slice(p, n); }
EXPORT(L "empty-string-param") void empty_string_param(uint8_t *p, uint32_t n) { CHECK(n == 0); free_slice(p, n); }
EXPORT(L "empty-list-result") uint8_t *empty_list_result(void) { return ret_slice(slice_dup("", 0)); }
EXPORT(POST("empty-list-result")) void post_elr(uint8_t *r) { post_slice(r); }
EXPORT(L "empty-string-result") uint8_t *empty_string_result(void) { return ret_slice(str_dup("")); }
EXPORT(POST("empty-string-result")) void post_esr(uint8_t *r) { post_slice(r); }

EXPORT(L "list-param") void list_param(uint8_t *p, uint32_t n) {
  CHECK(n == 4 && p[0] == 1 && p[1] == 2 && p[2] == 3 && p[3] == 4);
  free_slice(p, n);
}
EXPORT(L "list-param2") void list_param2(uint8_t *p, uint32_t n) { CHECK(slice_eq(p, n, "foo")); free_slice(p, n); }

static bool strings_eq(uint8_t *p, uint32_t n, const char **want, uint32_t wn) {
  if (n != wn) return false;
  for (uint32_t i = 0; i < n; i++)
    if (!slice_eq(AT(uint8_t *, p, i * 8), AT(uint32_t, p, i * 8 + 4), want[i])) return false;
  return true;
}

EXPORT(L "list-param3") void list_param3(uint8_t *p, uint32_t n) {
  static const char *want[] = { "foo", "bar", "baz" };
  CHECK(strings_eq(p, n, want, 3));
  free_strings(p, n);
}
EXPORT(L "list-param4") void list_param4(uint8_t *p, uint32_t n) {
  static const char *w0[] = { "foo", "bar" }, *w1[] = { "baz" };
  CHECK(n == 2);
  CHECK(strings_eq(AT(uint8_t *, p, 0), AT(uint32_t, p, 4), w0, 2));
  CHECK(strings_eq(AT(uint8_t *, p, 8), AT(uint32_t, p, 12), w1, 1));
  for (uint32_t i = 0; i < n; i++) free_strings(AT(uint8_t *, p, i * 8), AT(uint32_t, p, i * 8 + 4));
  free_slice(p, n * 8);
}
// tuple<u8, u32, u8>: size 12, fields at 0, 4, 8
EXPORT(L "list-param5") void list_param5(uint8_t *p, uint32_t n) {
  CHECK(n == 2);
  CHECK(AT(uint8_t, p, 0) == 1 && AT(uint32_t, p, 4) == 2 && AT(uint8_t, p, 8) == 3);
  CHECK(AT(uint8_t, p, 12) == 4 && AT(uint32_t, p, 16) == 5 && AT(uint8_t, p, 20) == 6);
  free_slice(p, n * 12);
}
EXPORT(L "list-param-large") void list_param_large(uint8_t *p, uint32_t n) {
  CHECK(n == 1000);
  for (uint32_t i = 0; i < n; i++) CHECK(slice_eq(AT(uint8_t *, p, i * 8), AT(uint32_t, p, i * 8 + 4), "string"));
  free_strings(p, n);
}

EXPORT(L "list-result") uint8_t *list_result(void) { return ret_slice(slice_dup("\1\2\3\4\5", 5)); }
EXPORT(POST("list-result")) void post_lr(uint8_t *r) { post_slice(r); }
EXPORT(L "list-result2") uint8_t *list_result2(void) { return ret_slice(str_dup("hello!")); }
EXPORT(POST("list-result2")) void post_lr2(uint8_t *r) { post_slice(r); }
EXPORT(L "list-result3") uint8_t *list_result3(void) {
  uint8_t *l = guest_alloc(16);
  slice_t a = str_dup("hello,"), b = str_dup("world!");
  AT(uint8_t *, l, 0) = a.ptr; AT(uint32_t, l, 4) = a.len;
  AT(uint8_t *, l, 8) = b.ptr; AT(uint32_t, l, 12) = b.len;
  return ret_slice((slice_t){ l, 2 });
}
EXPORT(POST("list-result3")) void post_lr3(uint8_t *r) { free_strings(AT(uint8_t *, r, 0), AT(uint32_t, r, 4)); }

// The min/max functions hand both argument lists straight back; post-return frees them.
static uint8_t *two_lists(uint8_t *a, uint32_t an, uint8_t *b, uint32_t bn) {
  AT(uint8_t *, RET, 0) = a; AT(uint32_t, RET, 4) = an;
  AT(uint8_t *, RET, 8) = b; AT(uint32_t, RET, 12) = bn;
  return RET;
}
static void post_two_lists(uint8_t *r) {
  free_slice(AT(uint8_t *, r, 0), AT(uint32_t, r, 4));
  free_slice(AT(uint8_t *, r, 8), AT(uint32_t, r, 12));
}
#define MINMAX(name, fn, post) \
  EXPORT(L name) uint8_t *fn(uint8_t *a, uint32_t an, uint8_t *b, uint32_t bn) { return two_lists(a, an, b, bn); } \
  EXPORT(POST(name)) void post(uint8_t *r) { post_two_lists(r); }
MINMAX("list-minmax8", minmax8, post_mm8)
MINMAX("list-minmax16", minmax16, post_mm16)
MINMAX("list-minmax32", minmax32, post_mm32)
MINMAX("list-minmax64", minmax64, post_mm64)
MINMAX("list-minmax-float", minmax_float, post_mmf)

EXPORT(L "list-roundtrip") uint8_t *list_roundtrip(uint8_t *p, uint32_t n) {
  slice_t copy = slice_dup(p, n);
  free_slice(p, n);
  return ret_slice(copy);
}
EXPORT(POST("list-roundtrip")) void post_lrt(uint8_t *r) { post_slice(r); }
EXPORT(L "string-roundtrip") uint8_t *string_roundtrip(uint8_t *p, uint32_t n) {
  slice_t copy = slice_dup(p, n);
  free_slice(p, n);
  return ret_slice(copy);
}
EXPORT(POST("string-roundtrip")) void post_srt(uint8_t *r) { post_slice(r); }

// list<tuple<string, list<u8>>>: 16-byte elements (name ptr, name len, value ptr, value len).
// The result is a deep copy, so the argument is freed here and the copy by post-return.
EXPORT(L "wasi-http-headers-roundtrip") uint8_t *headers_roundtrip(uint8_t *p, uint32_t n) {
  uint8_t *out = n ? guest_alloc(n * 16) : (uint8_t *)4;
  for (uint32_t i = 0; i < n; i++) {
    for (int f = 0; f < 2; f++) {
      uint8_t *fp = AT(uint8_t *, p, i * 16 + f * 8);
      uint32_t fl = AT(uint32_t, p, i * 16 + f * 8 + 4);
      slice_t c = slice_dup(fp, fl);
      AT(uint8_t *, out, i * 16 + f * 8) = c.ptr; AT(uint32_t, out, i * 16 + f * 8 + 4) = c.len;
      free_slice(fp, fl);
    }
  }
  free_slice(p, n * 16);
  return ret_slice((slice_t){ out, n });
}
EXPORT(POST("wasi-http-headers-roundtrip")) void post_headers(uint8_t *r) {
  uint8_t *p = AT(uint8_t *, r, 0); uint32_t n = AT(uint32_t, r, 4);
  for (uint32_t i = 0; i < n; i++)
    for (int f = 0; f < 2; f++) free_slice(AT(uint8_t *, p, i * 16 + f * 8), AT(uint32_t, p, i * 16 + f * 8 + 4));
  free_slice(p, n * 16);
}

EXPORT(L "allocated-bytes") uint32_t allocated_bytes(void) { return live_bytes; }
