// a:b `test` world: the-test.x() takes and returns nothing; each call increments a private counter
// (not observable through the WIT; the export simply must be callable any number of times).
#include "../common/cabi.h"
static uint32_t calls;
EXPORT("a:b/the-test#x") void x(void) { calls++; }
