// foo:bar `runner` world: run() calls the imported component.foo() once.
#include "../common/cabi.h"
IMPORT("foo:bar/component", "foo") void foo(void);
EXPORT("run") void run(void) { foo(); }
