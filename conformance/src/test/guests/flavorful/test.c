// test:flavorful `test` world (to-test). Parameters are checked exactly (trap on mismatch):
//   f-list-in-record1({a}): a == "list_in_record1"
//   f-list-in-record2() -> {a: "list_in_record2"}
//   f-list-in-record3({a}): a == "list_in_record3 input" -> {a: "list_in_record3 output"}
//   f-list-in-record4({a}): a == "input4" -> {a: "result4"}
//   f-list-in-variant1(a, b): a == some("foo"), b == err("bar")
//   f-list-in-variant2() -> some("list_in_variant2")
//   f-list-in-variant3(a): a == some("input3") -> some("output3")
//   errno-result() -> err(my-errno.b)
//   list-typedefs(a, c): a == "typedef1", c == ["typedef2"] -> (bytes "typedef3", ["typedef4"])
//   list-of-variants(a, b, c): a == [true, false], b == [ok, err], c == [success, a]
//     -> ([false, true], [err, ok], [a, b])
#include "../common/cabi.h"
#define F "test:flavorful/to-test#"
#define POST(f) "cabi_post_" F f

static void expect_str(uint8_t *p, uint32_t n, const char *want) { CHECK(slice_eq(p, n, want)); free_slice(p, n); }

EXPORT(F "f-list-in-record1") void f_list_in_record1(uint8_t *p, uint32_t n) { expect_str(p, n, "list_in_record1"); }
EXPORT(F "f-list-in-record2") uint8_t *f_list_in_record2(void) { return ret_slice(str_dup("list_in_record2")); }
EXPORT(POST("f-list-in-record2")) void post_r2(uint8_t *r) { post_slice(r); }
EXPORT(F "f-list-in-record3") uint8_t *f_list_in_record3(uint8_t *p, uint32_t n) {
  expect_str(p, n, "list_in_record3 input");
  return ret_slice(str_dup("list_in_record3 output"));
}
EXPORT(POST("f-list-in-record3")) void post_r3(uint8_t *r) { post_slice(r); }
EXPORT(F "f-list-in-record4") uint8_t *f_list_in_record4(uint8_t *p, uint32_t n) {
  expect_str(p, n, "input4");
  return ret_slice(str_dup("result4"));
}
EXPORT(POST("f-list-in-record4")) void post_r4(uint8_t *r) { post_slice(r); }

EXPORT(F "f-list-in-variant1") void f_list_in_variant1(uint32_t at, uint8_t *ap, uint32_t an,
                                                       uint32_t bt, uint8_t *bp, uint32_t bn) {
  CHECK(at == 1); expect_str(ap, an, "foo");
  CHECK(bt == 1); expect_str(bp, bn, "bar");
}
// option<string>: tag at 0, (ptr, len) at 4
static uint8_t *some_str(const char *s) {
  slice_t v = str_dup(s);
  AT(uint8_t, RET, 0) = 1; AT(uint8_t *, RET, 4) = v.ptr; AT(uint32_t, RET, 8) = v.len;
  return RET;
}
static void post_opt_str(uint8_t *r) { if (AT(uint8_t, r, 0)) free_slice(AT(uint8_t *, r, 4), AT(uint32_t, r, 8)); }
EXPORT(F "f-list-in-variant2") uint8_t *f_list_in_variant2(void) { return some_str("list_in_variant2"); }
EXPORT(POST("f-list-in-variant2")) void post_v2(uint8_t *r) { post_opt_str(r); }
EXPORT(F "f-list-in-variant3") uint8_t *f_list_in_variant3(uint32_t t, uint8_t *p, uint32_t n) {
  CHECK(t == 1); expect_str(p, n, "input3");
  return some_str("output3");
}
EXPORT(POST("f-list-in-variant3")) void post_v3(uint8_t *r) { post_opt_str(r); }

// result<_, my-errno>: tag at 0, errno at 1
EXPORT(F "errno-result") uint8_t *errno_result(void) { AT(uint8_t, RET, 0) = 1; AT(uint8_t, RET, 1) = 2; return RET; }

EXPORT(F "list-typedefs") uint8_t *list_typedefs(uint8_t *ap, uint32_t an, uint8_t *cp, uint32_t cn) {
  expect_str(ap, an, "typedef1");
  CHECK(cn == 1); expect_str(AT(uint8_t *, cp, 0), AT(uint32_t, cp, 4), "typedef2");
  free_slice(cp, 8);
  slice_t b = str_dup("typedef3"), s = str_dup("typedef4");
  uint8_t *l = guest_alloc(8);
  AT(uint8_t *, l, 0) = s.ptr; AT(uint32_t, l, 4) = s.len;
  AT(uint8_t *, RET, 0) = b.ptr; AT(uint32_t, RET, 4) = b.len;
  AT(uint8_t *, RET, 8) = l; AT(uint32_t, RET, 12) = 1;
  return RET;
}
EXPORT(POST("list-typedefs")) void post_typedefs(uint8_t *r) {
  free_slice(AT(uint8_t *, r, 0), AT(uint32_t, r, 4));
  uint8_t *l = AT(uint8_t *, r, 8);
  for (uint32_t i = 0; i < AT(uint32_t, r, 12); i++) free_slice(AT(uint8_t *, l, i * 8), AT(uint32_t, l, i * 8 + 4));
  free_slice(l, AT(uint32_t, r, 12) * 8);
}

// bool, result (no payloads) and my-errno are all one byte per element
static slice_t bytes(const uint8_t *b, uint32_t n) { return slice_dup(b, n); }
EXPORT(F "list-of-variants") uint8_t *list_of_variants(uint8_t *ap, uint32_t an, uint8_t *bp, uint32_t bn,
                                                       uint8_t *cp, uint32_t cn) {
  CHECK(an == 2 && ap[0] == 1 && ap[1] == 0);
  CHECK(bn == 2 && bp[0] == 0 && bp[1] == 1);
  CHECK(cn == 2 && cp[0] == 0 && cp[1] == 1);
  free_slice(ap, an); free_slice(bp, bn); free_slice(cp, cn);
  slice_t a = bytes((const uint8_t *)"\0\1", 2), b = bytes((const uint8_t *)"\1\0", 2), c = bytes((const uint8_t *)"\1\2", 2);
  AT(uint8_t *, RET, 0) = a.ptr; AT(uint32_t, RET, 4) = a.len;
  AT(uint8_t *, RET, 8) = b.ptr; AT(uint32_t, RET, 12) = b.len;
  AT(uint8_t *, RET, 16) = c.ptr; AT(uint32_t, RET, 20) = c.len;
  return RET;
}
EXPORT(POST("list-of-variants")) void post_lov(uint8_t *r) {
  for (int i = 0; i < 3; i++) free_slice(AT(uint8_t *, r, i * 8), AT(uint32_t, r, i * 8 + 4));
}
