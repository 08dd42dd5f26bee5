// foo:bar `test` world: component.foo() takes and returns nothing (the interface's types are unused
// by any function and must simply be accepted by the type machinery).
#include "../common/cabi.h"
static uint32_t calls;
EXPORT("foo:bar/component#foo") void foo(void) { calls++; }
