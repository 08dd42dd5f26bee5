// test:resource-aggregates `runner` world. The host implements thing (constructor stores v) and
// foo(...) -> sum of the values of all things passed (none/err contribute 0), like the test guest.
// run() creates things with values 1, 2, 4, ..., 65536 (one bit each) and calls
//   foo(r1 {1}, r2 {&2}, r3 {&4, 8}, t1 (16, {32}), t2 (&64), v1.thing(128), v2.thing(&256),
//       l1 [512, 1024], l2 [&2048, &4096], o1 some(8192), o2 some(&16384), result1 ok(32768),
//       result2 ok(&65536))  == 131071   (& = borrow, others are moved to the host)
// then foo again with l1 = [], l2 = [], o1 = none, o2 = none, result1 = err, result2 = err and
// fresh things for the remaining fields (values as above) == 1+2+4+8+16+32+64+128+256 == 511;
// finally drops every borrowed thing it still owns. The 23 flat parameters go through memory
// (see the layout in test.c).
#include "../common/cabi.h"
#define I "test:resource-aggregates/to-test"
IMPORT(I, "[constructor]thing") uint32_t thing_ctor(uint32_t v);
IMPORT(I, "[resource-drop]thing") void thing_drop(uint32_t h);
IMPORT(I, "foo") uint32_t foo(uint8_t *args);

static uint32_t args[23];
#define A ((uint8_t *)args)

// Fills the fixed-shape fields (r1..v2); returns the borrowed handles through b[0..4].
static void common(uint32_t *b) {
  AT(uint32_t, A, 0) = thing_ctor(1);
  AT(uint32_t, A, 4) = b[0] = thing_ctor(2);
  AT(uint32_t, A, 8) = b[1] = thing_ctor(4);
  AT(uint32_t, A, 12) = thing_ctor(8);
  AT(uint32_t, A, 16) = thing_ctor(16);
  AT(uint32_t, A, 20) = thing_ctor(32);
  AT(uint32_t, A, 24) = b[2] = thing_ctor(64);
  AT(uint8_t, A, 28) = 0; AT(uint32_t, A, 32) = thing_ctor(128);
  AT(uint8_t, A, 36) = 0; AT(uint32_t, A, 40) = b[3] = thing_ctor(256);
}

EXPORT("run") void run(void) {
  uint32_t b[9];
  memset(args, 0, sizeof args);
  common(b);
  uint32_t l1[2] = { thing_ctor(512), thing_ctor(1024) };
  uint32_t l2[2] = { b[4] = thing_ctor(2048), b[5] = thing_ctor(4096) };
  AT(uint32_t *, A, 44) = l1; AT(uint32_t, A, 48) = 2;
  AT(uint32_t *, A, 52) = l2; AT(uint32_t, A, 56) = 2;
  AT(uint8_t, A, 60) = 1; AT(uint32_t, A, 64) = thing_ctor(8192);
  AT(uint8_t, A, 68) = 1; AT(uint32_t, A, 72) = b[6] = thing_ctor(16384);
  AT(uint8_t, A, 76) = 0; AT(uint32_t, A, 80) = thing_ctor(32768);
  AT(uint8_t, A, 84) = 0; AT(uint32_t, A, 88) = b[7] = thing_ctor(65536);
  CHECK(foo(A) == 131071);
  for (int i = 0; i < 8; i++) thing_drop(b[i]);

  memset(args, 0, sizeof args);
  common(b);
  AT(uint32_t *, A, 44) = (uint32_t *)4; AT(uint32_t, A, 48) = 0;
  AT(uint32_t *, A, 52) = (uint32_t *)4; AT(uint32_t, A, 56) = 0;
  AT(uint8_t, A, 60) = 0; AT(uint8_t, A, 68) = 0; AT(uint8_t, A, 76) = 1; AT(uint8_t, A, 84) = 1;
  CHECK(foo(A) == 511);
  for (int i = 0; i < 4; i++) thing_drop(b[i]);
}
