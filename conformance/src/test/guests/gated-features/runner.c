// foo:bar@1.2.3 `runner` world, built with @unstable feature `y` enabled (not `x`): imports y and z
// only. run() calls y() then z().
// @features y
#include "../common/cabi.h"
IMPORT("foo:bar/bindings@1.2.3", "y") void y(void);
IMPORT("foo:bar/bindings@1.2.3", "z") void z(void);
EXPORT("run") void run(void) { y(); z(); }
