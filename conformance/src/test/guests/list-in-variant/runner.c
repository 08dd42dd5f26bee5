// test:list-in-variant `runner` world. The host implements to-test exactly like the test guest
// (join with ","; see test.c). run() checks:
//   list-in-option(some(["a", "b", "c"])) == "a,b,c", list-in-option(none) == "none",
//   list-in-option(some([])) == ""
//   list-in-variant(with-data(["x", "🚀"])) == "x,🚀", list-in-variant(empty) == "empty"
//   list-in-result(ok(["one"])) == "one", list-in-result(err("bad")) == "err:bad"
//   list-in-option-with-return(some(["p", "q"])) == {count: 2, label: "p,q"},
//   list-in-option-with-return(none) == {count: 0, label: "none"}
//   top-level-list(["1", "", "3"]) == "1,,3", top-level-list([]) == ""
#include "../common/cabi.h"
#define T "test:list-in-variant/to-test"
IMPORT(T, "list-in-option") void list_in_option(uint32_t, const void *, uint32_t, uint8_t *);
IMPORT(T, "list-in-variant") void list_in_variant(uint32_t, const void *, uint32_t, uint8_t *);
IMPORT(T, "list-in-result") void list_in_result(uint32_t, const void *, uint32_t, uint8_t *);
IMPORT(T, "list-in-option-with-return") void list_in_option_with_return(uint32_t, const void *, uint32_t, uint8_t *);
IMPORT(T, "top-level-list") void top_level_list(const void *, uint32_t, uint8_t *);

typedef struct { const char *p; uint32_t n; } str_t;
#define S(s) { s, sizeof(s) - 1 }
static uint32_t ret[3];
#define R ((uint8_t *)ret)
static void check_str(uint32_t off, const char *want) {
  CHECK(slice_eq(AT(uint8_t *, R, off), AT(uint32_t, R, off + 4), want));
  free_slice(AT(uint8_t *, R, off), AT(uint32_t, R, off + 4));
}

EXPORT("run") void run(void) {
  str_t abc[] = { S("a"), S("b"), S("c") }, xr[] = { S("x"), S("🚀") }, one[] = { S("one") };
  str_t pq[] = { S("p"), S("q") }, top[] = { S("1"), S(""), S("3") };
  list_in_option(1, abc, 3, R); check_str(0, "a,b,c");
  list_in_option(0, 0, 0, R); check_str(0, "none");
  list_in_option(1, (void *)4, 0, R); check_str(0, "");
  list_in_variant(1, xr, 2, R); check_str(0, "x,🚀");
  list_in_variant(0, 0, 0, R); check_str(0, "empty");
  list_in_result(0, one, 1, R); check_str(0, "one");
  list_in_result(1, "bad", 3, R); check_str(0, "err:bad");
  list_in_option_with_return(1, pq, 2, R); CHECK(ret[0] == 2); check_str(4, "p,q");
  list_in_option_with_return(0, 0, 0, R); CHECK(ret[0] == 0); check_str(4, "none");
  top_level_list(top, 3, R); check_str(0, "1,,3");
  top_level_list((void *)4, 0, R); check_str(0, "");
  CHECK(live_bytes == 0);
}
