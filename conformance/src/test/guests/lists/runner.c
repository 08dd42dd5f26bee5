// test:lists `runner` world. run() calls every import of to-test and traps on a wrong result:
//   n0 = allocated-bytes()                        (any value; compared again at the end)
//   empty-list-param([]), empty-string-param("")
//   empty-list-result() == [], empty-string-result() == ""
//   list-param([1, 2, 3, 4]), list-param2("foo"), list-param3(["foo", "bar", "baz"]),
//   list-param4([["foo", "bar"], ["baz"]]), list-param5([(1, 2, 3), (4, 5, 6)]),
//   list-param-large(1000 x "string")
//   list-result() == [1, 2, 3, 4, 5], list-result2() == "hello!", list-result3() == ["hello,", "world!"]
//   list-minmax8([0, 255], [-128, 127]), list-minmax16([0, 65535], [-32768, 32767]),
//   list-minmax32([0, 2^32-1], [-2^31, 2^31-1]), list-minmax64([0, 2^64-1], [-2^63, 2^63-1]),
//   list-minmax-float([-FLT_MAX, FLT_MAX, -inf, inf], [-DBL_MAX, DBL_MAX, -inf, inf]):
//     each must return its two arguments unchanged
//   list-roundtrip: [], [1, 2, 3], 100000 bytes (i * 7 mod 256) -> unchanged
//   string-roundtrip: "", "x", "hello 🚀 ÿ 𠈄" -> unchanged
//   wasi-http-headers-roundtrip([("Content-Type", "text/plain"), ("X-Empty", []), ("", [0, 255])])
//     -> unchanged
//   allocated-bytes() == n0
// The host's param functions should assert the values above; its result functions return them.
#include "../common/cabi.h"
#define L "test:lists/to-test"
IMPORT(L, "empty-list-param") void empty_list_param(const void *, uint32_t);
IMPORT(L, "empty-string-param") void empty_string_param(const void *, uint32_t);
IMPORT(L, "empty-list-result") void empty_list_result(uint32_t *);
IMPORT(L, "empty-string-result") void empty_string_result(uint32_t *);
IMPORT(L, "list-param") void list_param(const void *, uint32_t);
IMPORT(L, "list-param2") void list_param2(const void *, uint32_t);
IMPORT(L, "list-param3") void list_param3(const void *, uint32_t);
IMPORT(L, "list-param4") void list_param4(const void *, uint32_t);
IMPORT(L, "list-param5") void list_param5(const void *, uint32_t);
IMPORT(L, "list-param-large") void list_param_large(const void *, uint32_t);
IMPORT(L, "list-result") void list_result(uint32_t *);
IMPORT(L, "list-result2") void list_result2(uint32_t *);
IMPORT(L, "list-result3") void list_result3(uint32_t *);
IMPORT(L, "list-minmax8") void minmax8(const void *, uint32_t, const void *, uint32_t, uint32_t *);
IMPORT(L, "list-minmax16") void minmax16(const void *, uint32_t, const void *, uint32_t, uint32_t *);
IMPORT(L, "list-minmax32") void minmax32(const void *, uint32_t, const void *, uint32_t, uint32_t *);
IMPORT(L, "list-minmax64") void minmax64(const void *, uint32_t, const void *, uint32_t, uint32_t *);
IMPORT(L, "list-minmax-float") void minmax_float(const void *, uint32_t, const void *, uint32_t, uint32_t *);
IMPORT(L, "list-roundtrip") void list_roundtrip(const void *, uint32_t, uint32_t *);
IMPORT(L, "string-roundtrip") void string_roundtrip(const void *, uint32_t, uint32_t *);
IMPORT(L, "wasi-http-headers-roundtrip") void headers_roundtrip(const void *, uint32_t, uint32_t *);
IMPORT(L, "allocated-bytes") uint32_t allocated_bytes(void);

typedef struct { const char *p; uint32_t n; } str_t;
#define STR(s) { s, sizeof(s) - 1 }

// Checks a returned list of n elements of `elem` bytes each against `want`, then frees it.
static void check_elems(uint32_t *r, const void *want, uint32_t n, uint32_t elem) {
  CHECK(r[1] == n && memcmp((void *)r[0], want, n * elem) == 0);
  free_slice((uint8_t *)r[0], r[1]);
}
static void check_bytes(uint32_t *r, const void *want, uint32_t n) { check_elems(r, want, n, 1); }

static void check_strings(uint32_t *r, const str_t *want, uint32_t n) {
  uint8_t *p = (uint8_t *)r[0];
  CHECK(r[1] == n);
  for (uint32_t i = 0; i < n; i++) {
    uint8_t *s = AT(uint8_t *, p, i * 8); uint32_t sl = AT(uint32_t, p, i * 8 + 4);
    CHECK(sl == want[i].n && memcmp(s, want[i].p, sl) == 0);
    free_slice(s, sl);
  }
  free_slice(p, n * 8);
}

static void minmax(void (*f)(const void *, uint32_t, const void *, uint32_t, uint32_t *),
                   const void *a, const void *b, uint32_t n, uint32_t elem) {
  uint32_t r[4];
  f(a, n, b, n, r);
  check_elems(r, a, n, elem);
  check_elems(r + 2, b, n, elem);
}

EXPORT("run") void run(void) {
  uint32_t n0 = allocated_bytes();
  uint32_t r[4];
  empty_list_param((void *)1, 0);
  empty_string_param((void *)1, 0);
  empty_list_result(r); check_bytes(r, "", 0);
  empty_string_result(r); check_bytes(r, "", 0);

  list_param("\1\2\3\4", 4);
  list_param2("foo", 3);
  str_t l3[] = { STR("foo"), STR("bar"), STR("baz") };
  list_param3(l3, 3);
  str_t l4a[] = { STR("foo"), STR("bar") }, l4b[] = { STR("baz") };
  struct { const void *p; uint32_t n; } l4[] = { { l4a, 2 }, { l4b, 1 } };
  list_param4(l4, 2);
  struct { uint8_t a; uint32_t b; uint8_t c; } l5[] = { { 1, 2, 3 }, { 4, 5, 6 } };
  _Static_assert(sizeof(l5[0]) == 12, "tuple<u8, u32, u8> layout");
  list_param5(l5, 2);
  str_t *large = guest_alloc(1000 * sizeof(str_t));
  for (int i = 0; i < 1000; i++) large[i] = (str_t)STR("string");
  list_param_large(large, 1000);
  guest_free(large);

  list_result(r); check_bytes(r, "\1\2\3\4\5", 5);
  list_result2(r); check_bytes(r, "hello!", 6);
  str_t l3r[] = { STR("hello,"), STR("world!") };
  list_result3(r); check_strings(r, l3r, 2);

  uint8_t u8s[] = { 0, 255 }; int8_t s8s[] = { -128, 127 };
  minmax(minmax8, u8s, s8s, 2, 1);
  uint16_t u16s[] = { 0, 65535 }; int16_t s16s[] = { -32768, 32767 };
  minmax(minmax16, u16s, s16s, 2, 2);
  uint32_t u32s[] = { 0, UINT32_MAX }; int32_t s32s[] = { INT32_MIN, INT32_MAX };
  minmax(minmax32, u32s, s32s, 2, 4);
  uint64_t u64s[] = { 0, UINT64_MAX }; int64_t s64s[] = { INT64_MIN, INT64_MAX };
  minmax(minmax64, u64s, s64s, 2, 8);
  float f32s[] = { -__FLT_MAX__, __FLT_MAX__, -__builtin_inff(), __builtin_inff() };
  double f64s[] = { -__DBL_MAX__, __DBL_MAX__, -__builtin_inf(), __builtin_inf() };
  {
    uint32_t m[4];
    minmax_float(f32s, 4, f64s, 4, m);
    check_elems(m, f32s, 4, 4);
    check_elems(m + 2, f64s, 4, 8);
  }

  list_roundtrip((void *)1, 0, r); check_bytes(r, "", 0);
  list_roundtrip("\1\2\3", 3, r); check_bytes(r, "\1\2\3", 3);
  uint8_t *big = guest_alloc(100000);
  for (uint32_t i = 0; i < 100000; i++) big[i] = (uint8_t)(i * 7);
  list_roundtrip(big, 100000, r); check_bytes(r, big, 100000);
  guest_free(big);

  string_roundtrip((void *)1, 0, r); check_bytes(r, "", 0);
  string_roundtrip("x", 1, r); check_bytes(r, "x", 1);
  const char *uni = "hello 🚀 ÿ 𠈄";
  string_roundtrip(uni, (uint32_t)cstrlen(uni), r); check_bytes(r, uni, (uint32_t)cstrlen(uni));

  struct { str_t name; const void *v; uint32_t vn; } headers[] = {
    { STR("Content-Type"), "text/plain", 10 }, { STR("X-Empty"), (void *)1, 0 }, { STR(""), "\0\377", 2 },
  };
  headers_roundtrip(headers, 3, r);
  {
    uint8_t *p = (uint8_t *)r[0];
    CHECK(r[1] == 3);
    for (int i = 0; i < 3; i++) {
      uint32_t nm[2] = { AT(uint32_t, p, i * 16), AT(uint32_t, p, i * 16 + 4) };
      uint32_t val[2] = { AT(uint32_t, p, i * 16 + 8), AT(uint32_t, p, i * 16 + 12) };
      check_bytes(nm, headers[i].name.p, headers[i].name.n);
      check_bytes(val, headers[i].v, headers[i].vn);
    }
    free_slice(p, 48);
  }
  CHECK(allocated_bytes() == n0);
  CHECK(live_bytes == 0);
}
