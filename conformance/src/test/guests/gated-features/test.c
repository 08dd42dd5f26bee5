// foo:bar@1.2.3 `test` world, built with @unstable feature `y` enabled (not `x`): the bindings
// interface exports y() and z() (x is gated out). Both take and return nothing.
// @features y
#include "../common/cabi.h"
static uint32_t calls;
EXPORT("foo:bar/bindings@1.2.3#y") void y(void) { calls++; }
EXPORT("foo:bar/bindings@1.2.3#z") void z(void) { calls++; }
