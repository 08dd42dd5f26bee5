// test:resource-aggregates `test` world (to-test):
//   thing: constructor(v) stores v; the destructor frees it
//   foo(r1, r2, r3, t1, t2, v1, v2, l1, l2, o1, o2, result1, result2) -> the sum (u32, wrapping) of
//     the values of every thing passed (none / err contribute nothing). Owned things are destroyed
//     by the call; borrowed ones are left alone.
// foo's 23 flat parameters exceed MAX_FLAT_PARAMS, so they arrive as one pointer to a tuple in
// memory (allocated by the caller with cabi_realloc and freed here), laid out as:
//   0 r1.thing (own)   4 r2.thing (borrow)   8 r3.thing1 (borrow)   12 r3.thing2 (own)
//   16 t1.0 (own)   20 t1.1.thing (own)   24 t2.0 (borrow)
//   28 v1 tag, 32 v1 payload (own)   36 v2 tag, 40 v2 payload (borrow)
//   44 l1 (ptr, len of own)   52 l2 (ptr, len of borrow)
//   60 o1 tag, 64 payload (own)   68 o2 tag, 72 payload (borrow)
//   76 result1 tag, 80 ok payload (own)   84 result2 tag, 88 ok payload (borrow)   (size 92)
// Owned handles are indices into the guest's handle table; borrows of the guest's own resource
// arrive as reps.
#include "../common/cabi.h"
#define I "test:resource-aggregates/to-test"
typedef struct { uint32_t v; } thing_t;
IMPORT("[export]" I, "[resource-new]thing") uint32_t thing_new(thing_t *rep);
IMPORT("[export]" I, "[resource-rep]thing") thing_t *thing_rep(uint32_t h);
IMPORT("[export]" I, "[resource-drop]thing") void thing_drop(uint32_t h);

EXPORT(I "#[constructor]thing") uint32_t thing_ctor(uint32_t v) {
  thing_t *t = guest_alloc(sizeof *t);
  t->v = v;
  return thing_new(t);
}
EXPORT(I "#[dtor]thing") void thing_dtor(thing_t *t) { guest_free(t); }

static uint32_t own(uint32_t h) { uint32_t v = thing_rep(h)->v; thing_drop(h); return v; }
static uint32_t borrowed(uint32_t rep) { return ((thing_t *)rep)->v; }

EXPORT(I "#foo") uint32_t foo(uint8_t *a) {
  uint32_t sum = 0;
  sum += own(AT(uint32_t, a, 0));
  sum += borrowed(AT(uint32_t, a, 4));
  sum += borrowed(AT(uint32_t, a, 8));
  sum += own(AT(uint32_t, a, 12));
  sum += own(AT(uint32_t, a, 16));
  sum += own(AT(uint32_t, a, 20));
  sum += borrowed(AT(uint32_t, a, 24));
  CHECK(AT(uint8_t, a, 28) == 0); sum += own(AT(uint32_t, a, 32));
  CHECK(AT(uint8_t, a, 36) == 0); sum += borrowed(AT(uint32_t, a, 40));
  uint32_t *l1 = AT(uint32_t *, a, 44), n1 = AT(uint32_t, a, 48);
  for (uint32_t i = 0; i < n1; i++) sum += own(l1[i]);
  free_slice((uint8_t *)l1, n1 * 4);
  uint32_t *l2 = AT(uint32_t *, a, 52), n2 = AT(uint32_t, a, 56);
  for (uint32_t i = 0; i < n2; i++) sum += borrowed(l2[i]);
  free_slice((uint8_t *)l2, n2 * 4);
  if (AT(uint8_t, a, 60)) sum += own(AT(uint32_t, a, 64));
  if (AT(uint8_t, a, 68)) sum += borrowed(AT(uint32_t, a, 72));
  if (AT(uint8_t, a, 76) == 0) sum += own(AT(uint32_t, a, 80));
  if (AT(uint8_t, a, 84) == 0) sum += borrowed(AT(uint32_t, a, 88));
  guest_free(a);
  return sum;
}
