// test:versions `runner` world. The host implements test:dep/test@0.1.0 as x() -> 1.0, y(a) -> a + 1.0
// and test:dep/test@0.2.0 as x() -> 2.0, z(a, b) -> a + b.
// run() checks: v1 x() == 1.0, v1 y(1.0) == 2.0, v2 x() == 2.0, v2 z(1.0, 2.5) == 3.5 (trap otherwise).
#include "../common/cabi.h"
IMPORT("test:dep/test@0.1.0", "x") float v1_x(void);
IMPORT("test:dep/test@0.1.0", "y") float v1_y(float);
IMPORT("test:dep/test@0.2.0", "x") float v2_x(void);
IMPORT("test:dep/test@0.2.0", "z") float v2_z(float, float);
EXPORT("run") void run(void) {
  CHECK(v1_x() == 1.0f);
  CHECK(v1_y(1.0f) == 2.0f);
  CHECK(v2_x() == 2.0f);
  CHECK(v2_z(1.0f, 2.5f) == 3.5f);
}
