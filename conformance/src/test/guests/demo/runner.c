// a:b `runner` world: run() calls the imported the-test.x() exactly twice.
#include "../common/cabi.h"
IMPORT("a:b/the-test", "x") void x(void);
EXPORT("run") void run(void) { x(); x(); }
