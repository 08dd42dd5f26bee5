// test:options `test` world (to-test):
//   option-none-param(a): traps unless a == none
//   option-some-param(a): traps unless a == some("foo")
//   option-none-result() -> none
//   option-some-result() -> some("foo")
//   option-roundtrip(a) -> a
//   double-option-roundtrip(a) -> a (none, some(none) and some(some(n)) kept apart)
#include "../common/cabi.h"
#define O "test:options/to-test#"
EXPORT(O "option-none-param") void option_none_param(uint32_t tag, uint8_t *p, uint32_t n) {
  (void)p; (void)n;
  CHECK(tag == 0);
}
EXPORT(O "option-some-param") void option_some_param(uint32_t tag, uint8_t *p, uint32_t n) {
  CHECK(tag == 1 && slice_eq(p, n, "foo"));
  free_slice(p, n);
}
// option<string>: tag u8 at 0, (ptr, len) at 4
EXPORT(O "option-none-result") uint8_t *option_none_result(void) { AT(uint8_t, RET, 0) = 0; return RET; }
EXPORT(O "option-some-result") uint8_t *option_some_result(void) {
  slice_t s = str_dup("foo");
  AT(uint8_t, RET, 0) = 1; AT(uint8_t *, RET, 4) = s.ptr; AT(uint32_t, RET, 8) = s.len;
  return RET;
}
static void post_option_string(uint8_t *r) { if (AT(uint8_t, r, 0)) free_slice(AT(uint8_t *, r, 4), AT(uint32_t, r, 8)); }
EXPORT("cabi_post_" O "option-some-result") void post_some(uint8_t *r) { post_option_string(r); }
EXPORT(O "option-roundtrip") uint8_t *option_roundtrip(uint32_t tag, uint8_t *p, uint32_t n) {
  AT(uint8_t, RET, 0) = (uint8_t)tag;
  if (tag) {
    slice_t s = slice_dup(p, n);
    free_slice(p, n);
    AT(uint8_t *, RET, 4) = s.ptr; AT(uint32_t, RET, 8) = s.len;
  }
  return RET;
}
EXPORT("cabi_post_" O "option-roundtrip") void post_roundtrip(uint8_t *r) { post_option_string(r); }
// option<option<u32>> flattens to (outer tag, inner tag, value); in memory: u8 at 0, u8 at 4, u32 at 8
EXPORT(O "double-option-roundtrip") uint8_t *double_option_roundtrip(uint32_t outer, uint32_t inner, uint32_t v) {
  AT(uint8_t, RET, 0) = (uint8_t)outer;
  if (outer) {
    AT(uint8_t, RET, 4) = (uint8_t)inner;
    if (inner) AT(uint32_t, RET, 8) = v;
  }
  return RET;
}
