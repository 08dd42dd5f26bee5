// my:strings `test` world: cat.foo(x) traps unless x == "hello"; cat.bar() returns "world".
#include "../common/cabi.h"
EXPORT("cat#foo") void foo(uint8_t *p, uint32_t len) {
  CHECK(slice_eq(p, len, "hello"));
  free_slice(p, len);
}
EXPORT("cat#bar") uint8_t *bar(void) { return ret_slice(str_dup("world")); }
EXPORT("cabi_post_cat#bar") void post_bar(uint8_t *r) { post_slice(r); }
