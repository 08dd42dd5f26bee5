// test:resource-borrow `test` world (to-test):
//   resource thing: constructor(v) stores v; the destructor frees it
//   foo(v: borrow<thing>) -> v's stored value + 1 (u32, wrapping)
// Borrowed handles of the guest's own resource arrive as the rep (pointer), per the canonical ABI.
#include "../common/cabi.h"
#define I "test:resource-borrow/to-test"
typedef struct { uint32_t v; } thing_t;
IMPORT("[export]" I, "[resource-new]thing") uint32_t thing_new(thing_t *rep);

EXPORT(I "#[constructor]thing") uint32_t thing_ctor(uint32_t v) {
  thing_t *t = guest_alloc(sizeof *t);
  t->v = v;
  return thing_new(t);
}
EXPORT(I "#[dtor]thing") void thing_dtor(thing_t *t) { guest_free(t); }
EXPORT(I "#foo") uint32_t foo(thing_t *t) { return t->v + 1; }
