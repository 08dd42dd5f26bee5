// test:results guest for world `leaf` (exports interface test; there is no `test` world):
//   string-error(a): a == 0.0 -> err("zero"), else ok(a)
//   enum-error(a): a == 0.0 -> err(e.b), else ok(a)
//   record-error(a): 0.0 -> err({line: 420, column: 0}), 1.0 -> err({line: 77, column: 2}), else ok(a)
//   variant-error(a): 0.0 -> err(e3.e2({420, 0})), 1.0 -> err(e3.e1(e.b)), 2.0 -> err(e3.e1(e.c)), else ok(a)
//   empty-error(a): 0 -> err, 1 -> ok(42), else ok(a)
//   double-error(a): 0 -> ok(ok), 1 -> ok(err("one")), else err("two")
// @world leaf
#include "../common/cabi.h"
#define T "test:results/test#"

// result<f32, string>: tag at 0, f32 or (ptr, len) at 4
EXPORT(T "string-error") uint8_t *string_error(float a) {
  if (a == 0.0f) {
    slice_t s = str_dup("zero");
    AT(uint8_t, RET, 0) = 1; AT(uint8_t *, RET, 4) = s.ptr; AT(uint32_t, RET, 8) = s.len;
  } else {
    AT(uint8_t, RET, 0) = 0; AT(float, RET, 4) = a;
  }
  return RET;
}
EXPORT("cabi_post_" T "string-error") void post_string_error(uint8_t *r) {
  if (AT(uint8_t, r, 0) == 1) free_slice(AT(uint8_t *, r, 4), AT(uint32_t, r, 8));
}
// result<f32, e>: tag at 0, f32 or u8 at 4
EXPORT(T "enum-error") uint8_t *enum_error(float a) {
  if (a == 0.0f) { AT(uint8_t, RET, 0) = 1; AT(uint8_t, RET, 4) = 1; }
  else { AT(uint8_t, RET, 0) = 0; AT(float, RET, 4) = a; }
  return RET;
}
// result<f32, e2>: tag at 0, f32 or {line u32 at 4, column u32 at 8}
static uint8_t *err_e2(uint32_t line, uint32_t column) {
  AT(uint8_t, RET, 0) = 1; AT(uint32_t, RET, 4) = line; AT(uint32_t, RET, 8) = column;
  return RET;
}
static uint8_t *ok_f32(float a) { AT(uint8_t, RET, 0) = 0; AT(float, RET, 4) = a; return RET; }
EXPORT(T "record-error") uint8_t *record_error(float a) {
  if (a == 0.0f) return err_e2(420, 0);
  if (a == 1.0f) return err_e2(77, 2);
  return ok_f32(a);
}
// result<f32, e3>: tag at 0; e3 tag at 4, its payload at 8 (e: u8; e2: line at 8, column at 12)
EXPORT(T "variant-error") uint8_t *variant_error(float a) {
  if (a == 0.0f) {
    AT(uint8_t, RET, 0) = 1; AT(uint8_t, RET, 4) = 1; AT(uint32_t, RET, 8) = 420; AT(uint32_t, RET, 12) = 0;
  } else if (a == 1.0f || a == 2.0f) {
    AT(uint8_t, RET, 0) = 1; AT(uint8_t, RET, 4) = 0; AT(uint8_t, RET, 8) = a == 1.0f ? 1 : 2;
  } else {
    return ok_f32(a);
  }
  return RET;
}
// result<u32>: tag at 0, u32 at 4
EXPORT(T "empty-error") uint8_t *empty_error(uint32_t a) {
  AT(uint8_t, RET, 0) = a == 0;
  AT(uint32_t, RET, 4) = a == 1 ? 42 : a;
  return RET;
}
// result<result<_, string>, string>: outer tag at 0; ok: inner tag at 4, string at 8; err: string at 4
EXPORT(T "double-error") uint8_t *double_error(uint32_t a) {
  if (a == 0) {
    AT(uint8_t, RET, 0) = 0; AT(uint8_t, RET, 4) = 0;
  } else if (a == 1) {
    slice_t s = str_dup("one");
    AT(uint8_t, RET, 0) = 0; AT(uint8_t, RET, 4) = 1; AT(uint8_t *, RET, 8) = s.ptr; AT(uint32_t, RET, 12) = s.len;
  } else {
    slice_t s = str_dup("two");
    AT(uint8_t, RET, 0) = 1; AT(uint8_t *, RET, 4) = s.ptr; AT(uint32_t, RET, 8) = s.len;
  }
  return RET;
}
EXPORT("cabi_post_" T "double-error") void post_double_error(uint8_t *r) {
  if (AT(uint8_t, r, 0) == 1) free_slice(AT(uint8_t *, r, 4), AT(uint32_t, r, 8));
  else if (AT(uint8_t, r, 4) == 1) free_slice(AT(uint8_t *, r, 8), AT(uint32_t, r, 12));
}
