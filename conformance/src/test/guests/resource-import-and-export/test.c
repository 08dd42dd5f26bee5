// test:resource-import-and-export guest for world `leaf-thing` (exports interface test):
//   thing: constructor(v) stores v; foo() -> stored value; bar(v) replaces it;
//   baz(a: own, b: own) -> a new thing holding a + b (wrapping); a and b are dropped (destroyed).
// @world leaf-thing
#include "../common/cabi.h"
#define I "test:resource-import-and-export/test"
typedef struct { uint32_t v; } thing_t;
IMPORT("[export]" I, "[resource-new]thing") uint32_t thing_new(thing_t *rep);
IMPORT("[export]" I, "[resource-rep]thing") thing_t *thing_rep(uint32_t h);
IMPORT("[export]" I, "[resource-drop]thing") void thing_drop(uint32_t h);

static uint32_t make(uint32_t v) {
  thing_t *t = guest_alloc(sizeof *t);
  t->v = v;
  return thing_new(t);
}
EXPORT(I "#[constructor]thing") uint32_t thing_ctor(uint32_t v) { return make(v); }
EXPORT(I "#[dtor]thing") void thing_dtor(thing_t *t) { guest_free(t); }
EXPORT(I "#[method]thing.foo") uint32_t thing_foo(thing_t *t) { return t->v; }
EXPORT(I "#[method]thing.bar") void thing_bar(thing_t *t, uint32_t v) { t->v = v; }
EXPORT(I "#[static]thing.baz") uint32_t thing_baz(uint32_t a, uint32_t b) {
  uint32_t sum = thing_rep(a)->v + thing_rep(b)->v;
  thing_drop(a);
  thing_drop(b);
  return make(sum);
}
