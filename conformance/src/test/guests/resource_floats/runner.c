// test:resource-floats `runner` world. The host implements exports.float (constructor stores v,
// get() returns it, add(a, b) -> float(a.get() + b) consuming a), test.float (constructor stores
// v, get() returns it) and add(a, b) -> test.float(a.get() + b.get()). run() checks:
//   f = exports.float(1.5); get(f) == 1.5; g = exports.float.add(f, 2.0) (f moved); get(g) == 3.5;
//   n = exports.float(-0.0); get(n) is -0.0 (sign bit kept); drop g, n
//   t1 = test.float(10.0), t2 = test.float(0.25); t3 = add(&t1, &t2); get(t3) == 10.25;
//   get(t1) == 10.0 (still owned); drop t1, t2, t3
#include "../common/cabi.h"
IMPORT("exports", "[constructor]float") uint32_t ef_ctor(double);
IMPORT("exports", "[method]float.get") double ef_get(uint32_t);
IMPORT("exports", "[static]float.add") uint32_t ef_add(uint32_t, double);
IMPORT("exports", "[resource-drop]float") void ef_drop(uint32_t);
IMPORT("test:resource-floats/test", "[constructor]float") uint32_t tf_ctor(double);
IMPORT("test:resource-floats/test", "[method]float.get") double tf_get(uint32_t);
IMPORT("test:resource-floats/test", "[resource-drop]float") void tf_drop(uint32_t);
IMPORT("$root", "add") uint32_t add(uint32_t, uint32_t);
EXPORT("run") void run(void) {
  uint32_t f = ef_ctor(1.5);
  CHECK(ef_get(f) == 1.5);
  uint32_t g = ef_add(f, 2.0);
  CHECK(ef_get(g) == 3.5);
  uint32_t n = ef_ctor(-0.0);
  double z = ef_get(n);
  uint64_t bits; memcpy(&bits, &z, 8);
  CHECK(bits == 0x8000000000000000ull);
  ef_drop(g); ef_drop(n);
  uint32_t t1 = tf_ctor(10.0), t2 = tf_ctor(0.25);
  uint32_t t3 = add(t1, t2);
  CHECK(tf_get(t3) == 10.25);
  CHECK(tf_get(t1) == 10.0);
  tf_drop(t1); tf_drop(t2); tf_drop(t3);
}
