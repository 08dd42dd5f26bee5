// test:strings `runner` world. The host implements: take-basic(s) expects s == "latin utf16";
// return-unicode() -> "🚀🚀🚀 𠈄𓀀"; return-empty() -> ""; roundtrip(s) -> s.
// run() calls take-basic("latin utf16"), checks return-unicode() and return-empty(), then checks
// roundtrip(s) == s for: "str", "", "🚀🚀🚀 𠈄𓀀", "a\0b" (embedded NUL, 3 bytes), "ÿ€" and a
// 100000-byte string of repeating "abcdefghij". Traps on any mismatch; all results are freed.
#include "../common/cabi.h"
#define S "test:strings/to-test"
IMPORT(S, "take-basic") void take_basic(const uint8_t *p, uint32_t len);
IMPORT(S, "return-unicode") void return_unicode(uint32_t *ret);
IMPORT(S, "return-empty") void return_empty(uint32_t *ret);
IMPORT(S, "roundtrip") void roundtrip(const uint8_t *p, uint32_t len, uint32_t *ret);

static void check_roundtrip(const uint8_t *p, uint32_t len) {
  uint32_t r[2];
  roundtrip(p, len, r);
  CHECK(r[1] == len && memcmp((void *)r[0], p, len) == 0);
  free_slice((uint8_t *)r[0], r[1]);
}

EXPORT("run") void run(void) {
  take_basic((const uint8_t *)"latin utf16", 11);
  uint32_t r[2];
  return_unicode(r);
  CHECK(slice_eq((uint8_t *)r[0], r[1], "🚀🚀🚀 𠈄𓀀"));
  free_slice((uint8_t *)r[0], r[1]);
  return_empty(r);
  CHECK(r[1] == 0);
  free_slice((uint8_t *)r[0], r[1]);
  check_roundtrip((const uint8_t *)"str", 3);
  check_roundtrip((const uint8_t *)"", 0);
  check_roundtrip((const uint8_t *)"🚀🚀🚀 𠈄𓀀", (uint32_t)cstrlen("🚀🚀🚀 𠈄𓀀"));
  check_roundtrip((const uint8_t *)"a\0b", 3);
  check_roundtrip((const uint8_t *)"ÿ€", (uint32_t)cstrlen("ÿ€"));
  uint32_t n = 100000;
  uint8_t *big = guest_alloc(n);
  for (uint32_t i = 0; i < n; i++) big[i] = (uint8_t)('a' + i % 10);
  check_roundtrip(big, n);
  guest_free(big);
  CHECK(live_bytes == 0);
}
