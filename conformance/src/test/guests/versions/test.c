// test:versions `test` world: two versions of one interface side by side.
//   test:dep/test@0.1.0: x() -> 1.0, y(a) -> a + 1.0
//   test:dep/test@0.2.0: x() -> 2.0, z(a, b) -> a + b
#include "../common/cabi.h"
EXPORT("test:dep/test@0.1.0#x") float v1_x(void) { return 1.0f; }
EXPORT("test:dep/test@0.1.0#y") float v1_y(float a) { return a + 1.0f; }
EXPORT("test:dep/test@0.2.0#x") float v2_x(void) { return 2.0f; }
EXPORT("test:dep/test@0.2.0#z") float v2_z(float a, float b) { return a + b; }
