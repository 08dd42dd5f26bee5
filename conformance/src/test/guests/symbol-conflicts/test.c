// my:inline `test` world: foo1.foo and foo2.foo take and return nothing; bar1.bar returns "bar1" and
// bar2.bar returns "bar2" (same function names in different interfaces must not be confused).
#include "../common/cabi.h"
static void foo(void) {}
EXPORT("my:inline/foo1#foo") void foo1_foo(void) { foo(); }
EXPORT("my:inline/foo2#foo") void foo2_foo(void) { foo(); }
EXPORT("my:inline/bar1#bar") uint8_t *bar1_bar(void) { return ret_slice(str_dup("bar1")); }
EXPORT("my:inline/bar2#bar") uint8_t *bar2_bar(void) { return ret_slice(str_dup("bar2")); }
EXPORT("cabi_post_my:inline/bar1#bar") void post_bar1(uint8_t *r) { post_slice(r); }
EXPORT("cabi_post_my:inline/bar2#bar") void post_bar2(uint8_t *r) { post_slice(r); }
