// test:resource-floats guest for world `intermediate` (there is no `test` world). It imports
// test:resource-floats/test (float: constructor, get) and `imports` (float: constructor, get,
// static add), and exports `exports` (float) plus the function `add`:
//   exports.float wraps one imports.float: constructor(v) creates imports.float(v); get() returns
//     the wrapped imports.float's get(); add(a: own, b) (static) -> a new exports.float wrapping
//     imports.float.add(<a's wrapped float, moved>, b); a is destroyed. The destructor drops the
//     wrapped imports.float.
//   add(a: borrow<test.float>, b: borrow<test.float>) -> test.float(a.get() + b.get()), dropping the
//     two borrow handles before it returns
// So with a leaf-like host (imports.float.get returns its value, add(a, b) = float(a.get() + b)),
// exports.float behaves the same way, forwarding every call to the host.
// @world intermediate
#include "../common/cabi.h"
#define NO_HANDLE 0xffffffffu
typedef struct { uint32_t inner; } float_t_;
IMPORT("[export]exports", "[resource-new]float") uint32_t ef_new(float_t_ *);
IMPORT("[export]exports", "[resource-rep]float") float_t_ *ef_rep(uint32_t);
IMPORT("[export]exports", "[resource-drop]float") void ef_drop(uint32_t);
IMPORT("imports", "[constructor]float") uint32_t if_ctor(double);
IMPORT("imports", "[method]float.get") double if_get(uint32_t);
IMPORT("imports", "[static]float.add") uint32_t if_add(uint32_t, double);
IMPORT("imports", "[resource-drop]float") void if_drop(uint32_t);
IMPORT("test:resource-floats/test", "[constructor]float") uint32_t tf_ctor(double);
IMPORT("test:resource-floats/test", "[method]float.get") double tf_get(uint32_t);
IMPORT("test:resource-floats/test", "[resource-drop]float") void tf_drop(uint32_t);

static uint32_t wrap(uint32_t inner) {
  float_t_ *f = guest_alloc(sizeof *f);
  f->inner = inner;
  return ef_new(f);
}
EXPORT("exports#[constructor]float") uint32_t ef_ctor(double v) { return wrap(if_ctor(v)); }
EXPORT("exports#[dtor]float") void ef_dtor(float_t_ *f) {
  if (f->inner != NO_HANDLE) if_drop(f->inner);
  guest_free(f);
}
EXPORT("exports#[method]float.get") double ef_get(float_t_ *f) { return if_get(f->inner); }
EXPORT("exports#[static]float.add") uint32_t ef_add(uint32_t a, double b) {
  float_t_ *fa = ef_rep(a);
  uint32_t inner = fa->inner;
  fa->inner = NO_HANDLE; // moved into imports.float.add
  ef_drop(a);
  return wrap(if_add(inner, b));
}
// The borrows are handles in this instance's table: the call must drop them before it returns.
EXPORT("add") uint32_t add(uint32_t a, uint32_t b) {
  uint32_t sum = tf_ctor(tf_get(a) + tf_get(b));
  tf_drop(a);
  tf_drop(b);
  return sum;
}
