// test:resources guest for world `resources` (there is no `test` world): exports interface
// `exports`, imports interface `imports` (resource y, provided by the host).
//   x: constructor(a) stores a; get-a/set-a read/replace it;
//      add(x: own, a) (static) -> a new x holding x.a + a; the argument x is dropped (destroyed)
//   z: constructor(a) stores a; get-a; num-dropped() (static) -> how many z were destroyed so far
//   add(a: borrow<z>, b: borrow<z>) -> new z holding a.a + b.a
//   consume(x: own): destroys x
//   kebab-case: constructor(a: u32) stores a; get-a; take-owned(k: own) (static) -> k.a, destroying k
//   test-imports(): exercises the imported y and returns ok, or err(<what failed>):
//     y1 = y(1); y1.get-a() == 1; y1.set-a(2); y1.get-a() == 2;
//     y2 = y.add(y1, 3) (y1 moved); y2.get-a() == 5; y3 = y(-2147483648); y3.get-a() == -2147483648;
//     drop y2, y3
// Integer arithmetic wraps (s32).
// @world resources
#include "../common/cabi.h"
#define E "exports"
#define EX "[export]exports"
typedef struct { int32_t a; } val_t;
IMPORT(EX, "[resource-new]x") uint32_t x_new(val_t *);
IMPORT(EX, "[resource-rep]x") val_t *x_rep(uint32_t);
IMPORT(EX, "[resource-drop]x") void x_drop(uint32_t);
IMPORT(EX, "[resource-new]z") uint32_t z_new(val_t *);
IMPORT(EX, "[resource-new]kebab-case") uint32_t k_new(val_t *);
IMPORT(EX, "[resource-rep]kebab-case") val_t *k_rep(uint32_t);
IMPORT(EX, "[resource-drop]kebab-case") void k_drop(uint32_t);

IMPORT("imports", "[constructor]y") uint32_t y_ctor(int32_t);
IMPORT("imports", "[method]y.get-a") int32_t y_get_a(uint32_t);
IMPORT("imports", "[method]y.set-a") void y_set_a(uint32_t, int32_t);
IMPORT("imports", "[static]y.add") uint32_t y_add(uint32_t, int32_t);
IMPORT("imports", "[resource-drop]y") void y_drop(uint32_t);

static val_t *val(int32_t a) { val_t *v = guest_alloc(sizeof *v); v->a = a; return v; }

EXPORT(E "#[constructor]x") uint32_t x_ctor(int32_t a) { return x_new(val(a)); }
EXPORT(E "#[dtor]x") void x_dtor(val_t *v) { guest_free(v); }
EXPORT(E "#[method]x.get-a") int32_t x_get_a(val_t *v) { return v->a; }
EXPORT(E "#[method]x.set-a") void x_set_a(val_t *v, int32_t a) { v->a = a; }
EXPORT(E "#[static]x.add") uint32_t x_add(uint32_t x, int32_t a) {
  int32_t sum = (int32_t)((uint32_t)x_rep(x)->a + (uint32_t)a);
  x_drop(x);
  return x_new(val(sum));
}

static uint32_t z_dropped;
EXPORT(E "#[constructor]z") uint32_t z_ctor(int32_t a) { return z_new(val(a)); }
EXPORT(E "#[dtor]z") void z_dtor(val_t *v) { z_dropped++; guest_free(v); }
EXPORT(E "#[method]z.get-a") int32_t z_get_a(val_t *v) { return v->a; }
EXPORT(E "#[static]z.num-dropped") uint32_t z_num_dropped(void) { return z_dropped; }
EXPORT(E "#add") uint32_t add(val_t *a, val_t *b) { return z_new(val((int32_t)((uint32_t)a->a + (uint32_t)b->a))); }

EXPORT(E "#consume") void consume(uint32_t x) { x_drop(x); }

EXPORT(E "#[constructor]kebab-case") uint32_t k_ctor(uint32_t a) { return k_new(val((int32_t)a)); }
EXPORT(E "#[dtor]kebab-case") void k_dtor(val_t *v) { guest_free(v); }
EXPORT(E "#[method]kebab-case.get-a") uint32_t k_get_a(val_t *v) { return (uint32_t)v->a; }
EXPORT(E "#[static]kebab-case.take-owned") uint32_t k_take_owned(uint32_t k) {
  uint32_t a = (uint32_t)k_rep(k)->a;
  k_drop(k);
  return a;
}

// result<_, string>: tag at 0, (ptr, len) at 4
static uint8_t *fail(const char *what) {
  slice_t s = str_dup(what);
  AT(uint8_t, RET, 0) = 1; AT(uint8_t *, RET, 4) = s.ptr; AT(uint32_t, RET, 8) = s.len;
  return RET;
}
EXPORT(E "#test-imports") uint8_t *test_imports(void) {
  uint32_t y1 = y_ctor(1);
  if (y_get_a(y1) != 1) return fail("y(1).get-a() != 1");
  y_set_a(y1, 2);
  if (y_get_a(y1) != 2) return fail("get-a() != 2 after set-a(2)");
  uint32_t y2 = y_add(y1, 3);
  if (y_get_a(y2) != 5) return fail("y.add(y(2), 3).get-a() != 5");
  uint32_t y3 = y_ctor(INT32_MIN);
  if (y_get_a(y3) != INT32_MIN) return fail("y(-2147483648).get-a() != -2147483648");
  y_drop(y2);
  y_drop(y3);
  AT(uint8_t, RET, 0) = 0;
  return RET;
}
EXPORT("cabi_post_" E "#test-imports") void post_test_imports(uint8_t *r) {
  if (AT(uint8_t, r, 0)) free_slice(AT(uint8_t *, r, 4), AT(uint32_t, r, 8));
}
