// my:inline@0.0.0 `test` world: interface foo has resource bar with a no-argument constructor.
// Each bar gets a fresh serial number (1, 2, ...) as its state; the destructor frees it and traps if
// handed anything but a live bar (so a double drop or a bad rep is caught).
#include "../common/cabi.h"
#define I "my:inline/foo@0.0.0"
typedef struct { uint32_t serial; uint32_t live; } bar_t;
IMPORT("[export]" I, "[resource-new]bar") uint32_t bar_new(bar_t *rep);
static uint32_t next_serial;
EXPORT(I "#[constructor]bar") uint32_t bar_ctor(void) {
  bar_t *b = guest_alloc(sizeof *b);
  b->serial = ++next_serial;
  b->live = 0xBA5EBA11u;
  return bar_new(b);
}
EXPORT(I "#[dtor]bar") void bar_dtor(bar_t *b) {
  CHECK(b->live == 0xBA5EBA11u && b->serial >= 1 && b->serial <= next_serial);
  b->live = 0;
  guest_free(b);
}
