// my:inline@0.0.0 `runner` world: run() constructs two bars (host constructor), drops the first,
// constructs a third, then drops the remaining two (three constructions, three drops in all).
#include "../common/cabi.h"
#define I "my:inline/foo@0.0.0"
IMPORT(I, "[constructor]bar") uint32_t bar_ctor(void);
IMPORT(I, "[resource-drop]bar") void bar_drop(uint32_t h);
EXPORT("run") void run(void) {
  uint32_t a = bar_ctor(), b = bar_ctor();
  CHECK(a != b);
  bar_drop(a);
  uint32_t c = bar_ctor();
  bar_drop(b);
  bar_drop(c);
}
