// test:flavorful `runner` world. The host implements to-test exactly like the test guest (see
// test.c: it checks the same arguments and returns the same results). run() calls:
//   f-list-in-record1({a: "list_in_record1"})
//   f-list-in-record2() == {a: "list_in_record2"}
//   f-list-in-record3({a: "list_in_record3 input"}) == {a: "list_in_record3 output"}
//   f-list-in-record4({a: "input4"}) == {a: "result4"}
//   f-list-in-variant1(some("foo"), err("bar"))
//   f-list-in-variant2() == some("list_in_variant2")
//   f-list-in-variant3(some("input3")) == some("output3")
//   errno-result() == err(b)
//   list-typedefs("typedef1", ["typedef2"]) == (bytes "typedef3", ["typedef4"])
//   list-of-variants([true, false], [ok, err], [success, a]) == ([false, true], [err, ok], [a, b])
#include "../common/cabi.h"
#define F "test:flavorful/to-test"
IMPORT(F, "f-list-in-record1") void f_list_in_record1(const void *, uint32_t);
IMPORT(F, "f-list-in-record2") void f_list_in_record2(uint8_t *);
IMPORT(F, "f-list-in-record3") void f_list_in_record3(const void *, uint32_t, uint8_t *);
IMPORT(F, "f-list-in-record4") void f_list_in_record4(const void *, uint32_t, uint8_t *);
IMPORT(F, "f-list-in-variant1") void f_list_in_variant1(uint32_t, const void *, uint32_t, uint32_t, const void *, uint32_t);
IMPORT(F, "f-list-in-variant2") void f_list_in_variant2(uint8_t *);
IMPORT(F, "f-list-in-variant3") void f_list_in_variant3(uint32_t, const void *, uint32_t, uint8_t *);
IMPORT(F, "errno-result") void errno_result(uint8_t *);
IMPORT(F, "list-typedefs") void list_typedefs(const void *, uint32_t, const void *, uint32_t, uint8_t *);
IMPORT(F, "list-of-variants") void list_of_variants(const void *, uint32_t, const void *, uint32_t, const void *, uint32_t, uint8_t *);

static uint32_t ret[6];
#define R ((uint8_t *)ret)
static void check_str(uint32_t off, const char *want) {
  CHECK(slice_eq(AT(uint8_t *, R, off), AT(uint32_t, R, off + 4), want));
  free_slice(AT(uint8_t *, R, off), AT(uint32_t, R, off + 4));
}
static void check_bytes(uint32_t off, const char *want, uint32_t n) {
  CHECK(AT(uint32_t, R, off + 4) == n && memcmp(AT(uint8_t *, R, off), want, n) == 0);
  free_slice(AT(uint8_t *, R, off), n);
}
#define S(s) s, sizeof(s) - 1

EXPORT("run") void run(void) {
  f_list_in_record1(S("list_in_record1"));
  f_list_in_record2(R); check_str(0, "list_in_record2");
  f_list_in_record3(S("list_in_record3 input"), R); check_str(0, "list_in_record3 output");
  f_list_in_record4(S("input4"), R); check_str(0, "result4");
  f_list_in_variant1(1, S("foo"), 1, S("bar"));
  f_list_in_variant2(R); CHECK(R[0] == 1); check_str(4, "list_in_variant2");
  f_list_in_variant3(1, S("input3"), R); CHECK(R[0] == 1); check_str(4, "output3");
  errno_result(R); CHECK(R[0] == 1 && R[1] == 2);
  struct { const char *p; uint32_t n; } td2[] = { { S("typedef2") } };
  list_typedefs(S("typedef1"), td2, 1, R);
  check_bytes(0, "typedef3", 8);
  {
    uint8_t *l = AT(uint8_t *, R, 8);
    CHECK(AT(uint32_t, R, 12) == 1);
    CHECK(slice_eq(AT(uint8_t *, l, 0), AT(uint32_t, l, 4), "typedef4"));
    free_slice(AT(uint8_t *, l, 0), AT(uint32_t, l, 4));
    free_slice(l, 8);
  }
  list_of_variants("\1\0", 2, "\0\1", 2, "\0\1", 2, R);
  check_bytes(0, "\0\1", 2);
  check_bytes(8, "\1\0", 2);
  check_bytes(16, "\1\2", 2);
  CHECK(live_bytes == 0);
}
