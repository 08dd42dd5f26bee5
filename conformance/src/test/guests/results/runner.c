// test:results `runner` world. The host implements interface test exactly like the leaf guest
// (see test.c). run() checks (trap on mismatch; strings are freed):
//   string-error(0.0) == err("zero"), string-error(1.0) == ok(1.0)
//   enum-error(0.0) == err(b), enum-error(1.0) == ok(1.0)
//   record-error(0.0) == err({420, 0}), (1.0) == err({77, 2}), (2.0) == ok(2.0)
//   variant-error(0.0) == err(e2({420, 0})), (1.0) == err(e1(b)), (2.0) == err(e1(c)), (3.0) == ok(3.0)
//   empty-error(0) == err, (1) == ok(42), (2) == ok(2)
//   double-error(0) == ok(ok), (1) == ok(err("one")), (2) == err("two")
#include "../common/cabi.h"
#define T "test:results/test"
IMPORT(T, "string-error") void string_error(float, uint8_t *);
IMPORT(T, "enum-error") void enum_error(float, uint8_t *);
IMPORT(T, "record-error") void record_error(float, uint8_t *);
IMPORT(T, "variant-error") void variant_error(float, uint8_t *);
IMPORT(T, "empty-error") void empty_error(uint32_t, uint8_t *);
IMPORT(T, "double-error") void double_error(uint32_t, uint8_t *);

static uint32_t ret[4];
#define R ((uint8_t *)ret)
static void check_str(uint32_t off, const char *want) {
  CHECK(slice_eq(AT(uint8_t *, R, off), AT(uint32_t, R, off + 4), want));
  free_slice(AT(uint8_t *, R, off), AT(uint32_t, R, off + 4));
}
static void check_ok_f32(float a) { CHECK(R[0] == 0 && AT(float, R, 4) == a); }

EXPORT("run") void run(void) {
  string_error(0.0f, R); CHECK(R[0] == 1); check_str(4, "zero");
  string_error(1.0f, R); check_ok_f32(1.0f);
  enum_error(0.0f, R); CHECK(R[0] == 1 && R[4] == 1);
  enum_error(1.0f, R); check_ok_f32(1.0f);
  record_error(0.0f, R); CHECK(R[0] == 1 && ret[1] == 420 && ret[2] == 0);
  record_error(1.0f, R); CHECK(R[0] == 1 && ret[1] == 77 && ret[2] == 2);
  record_error(2.0f, R); check_ok_f32(2.0f);
  variant_error(0.0f, R); CHECK(R[0] == 1 && R[4] == 1 && ret[2] == 420 && ret[3] == 0);
  variant_error(1.0f, R); CHECK(R[0] == 1 && R[4] == 0 && R[8] == 1);
  variant_error(2.0f, R); CHECK(R[0] == 1 && R[4] == 0 && R[8] == 2);
  variant_error(3.0f, R); check_ok_f32(3.0f);
  empty_error(0, R); CHECK(R[0] == 1);
  empty_error(1, R); CHECK(R[0] == 0 && ret[1] == 42);
  empty_error(2, R); CHECK(R[0] == 0 && ret[1] == 2);
  double_error(0, R); CHECK(R[0] == 0 && R[4] == 0);
  double_error(1, R); CHECK(R[0] == 0 && R[4] == 1); check_str(8, "one");
  double_error(2, R); CHECK(R[0] == 1); check_str(4, "two");
  CHECK(live_bytes == 0);
}
