// test:strings `test` world:
//   take-basic(s): traps unless s == "latin utf16"
//   return-unicode() -> "🚀🚀🚀 𠈄𓀀"
//   return-empty() -> ""
//   roundtrip(s) -> a fresh copy of s (any content, including empty, NUL bytes and 4-byte UTF-8)
#include "../common/cabi.h"
#define S "test:strings/to-test#"
EXPORT(S "take-basic") void take_basic(uint8_t *p, uint32_t len) {
  CHECK(slice_eq(p, len, "latin utf16"));
  free_slice(p, len);
}
EXPORT(S "return-unicode") uint8_t *return_unicode(void) { return ret_slice(str_dup("🚀🚀🚀 𠈄𓀀")); }
EXPORT("cabi_post_" S "return-unicode") void post_unicode(uint8_t *r) { post_slice(r); }
EXPORT(S "return-empty") uint8_t *return_empty(void) { return ret_slice(str_dup("")); }
EXPORT("cabi_post_" S "return-empty") void post_empty(uint8_t *r) { post_slice(r); }
EXPORT(S "roundtrip") uint8_t *roundtrip(uint8_t *p, uint32_t len) {
  slice_t copy = slice_dup(p, len);
  free_slice(p, len);
  return ret_slice(copy);
}
EXPORT("cabi_post_" S "roundtrip") void post_roundtrip(uint8_t *r) { post_slice(r); }
