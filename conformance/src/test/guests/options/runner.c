// test:options `runner` world. The host implements to-test as in the test world (none-param expects
// none, some-param expects some("foo"), none-result -> none, some-result -> some("foo"), the
// roundtrips return their argument). run() calls:
//   option-none-param(none), option-some-param(some("foo"))
//   option-none-result() == none, option-some-result() == some("foo")
//   option-roundtrip: none, some(""), some("foo"), some("🚀 unicode") -> unchanged
//   double-option-roundtrip: none, some(none), some(some(0)), some(some(4294967295)) -> unchanged
#include "../common/cabi.h"
#define O "test:options/to-test"
IMPORT(O, "option-none-param") void option_none_param(uint32_t, const void *, uint32_t);
IMPORT(O, "option-some-param") void option_some_param(uint32_t, const void *, uint32_t);
IMPORT(O, "option-none-result") void option_none_result(uint8_t *ret);
IMPORT(O, "option-some-result") void option_some_result(uint8_t *ret);
IMPORT(O, "option-roundtrip") void option_roundtrip(uint32_t, const void *, uint32_t, uint8_t *ret);
IMPORT(O, "double-option-roundtrip") void double_option_roundtrip(uint32_t, uint32_t, uint32_t, uint8_t *ret);

// Checks an option<string> in memory (tag at 0, ptr at 4, len at 8) and frees its payload.
static void check_opt(uint8_t *r, bool some, const char *want) {
  CHECK(AT(uint8_t, r, 0) == some);
  if (some) {
    CHECK(slice_eq(AT(uint8_t *, r, 4), AT(uint32_t, r, 8), want));
    free_slice(AT(uint8_t *, r, 4), AT(uint32_t, r, 8));
  }
}
static void roundtrip(bool some, const char *s) {
  uint32_t r[3];
  option_roundtrip(some, s, some ? (uint32_t)cstrlen(s) : 0, (uint8_t *)r);
  check_opt((uint8_t *)r, some, s);
}
static void double_roundtrip(uint32_t outer, uint32_t inner, uint32_t v) {
  uint32_t r[3];
  double_option_roundtrip(outer, inner, v, (uint8_t *)r);
  CHECK(AT(uint8_t, r, 0) == outer);
  if (outer) {
    CHECK(AT(uint8_t, r, 4) == inner);
    if (inner) CHECK(r[2] == v);
  }
}

EXPORT("run") void run(void) {
  option_none_param(0, 0, 0);
  option_some_param(1, "foo", 3);
  uint32_t r[3];
  option_none_result((uint8_t *)r); check_opt((uint8_t *)r, false, 0);
  option_some_result((uint8_t *)r); check_opt((uint8_t *)r, true, "foo");
  roundtrip(false, 0);
  roundtrip(true, "");
  roundtrip(true, "foo");
  roundtrip(true, "🚀 unicode");
  double_roundtrip(0, 0, 0);
  double_roundtrip(1, 0, 0);
  double_roundtrip(1, 1, 0);
  double_roundtrip(1, 1, 0xffffffffu);
  CHECK(live_bytes == 0);
}
