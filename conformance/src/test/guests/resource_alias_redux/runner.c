// test:resource-alias-redux `runner` world. The host implements thing (constructor stores s, get()
// returns it), a(f) -> [f.thing], b(f, g) -> [f.thing, g.thing], the-test.test(l) -> l.
// run(): a({thing("Ni Hao")}) == one thing with get() == "Ni Hao";
//        b({thing("one")}, {thing("two")}) == things "one", "two";
//        test([thing("x"), thing(""), thing("🚀")]) == things "x", "", "🚀" (in order);
//        every returned thing is dropped.
#include "../common/cabi.h"
#define A1 "test:resource-alias-redux/resource-alias1"
IMPORT(A1, "[constructor]thing") uint32_t thing_ctor(const void *, uint32_t);
IMPORT(A1, "[method]thing.get") void thing_get(uint32_t h, uint32_t *ret);
IMPORT(A1, "[resource-drop]thing") void thing_drop(uint32_t h);
IMPORT(A1, "a") void a(uint32_t f, uint32_t *ret);
IMPORT("test:resource-alias-redux/resource-alias2", "b") void b(uint32_t f, uint32_t g, uint32_t *ret);
IMPORT("the-test", "test") void test(const uint32_t *, uint32_t, uint32_t *ret);

static uint32_t make(const char *s) { return thing_ctor(s, (uint32_t)cstrlen(s)); }
// Checks a returned list<thing> against the expected strings, dropping each thing and the list.
static void check_things(uint32_t *r, const char **want, uint32_t n) {
  CHECK(r[1] == n);
  uint32_t *l = (uint32_t *)r[0];
  for (uint32_t i = 0; i < n; i++) {
    uint32_t s[2];
    thing_get(l[i], s);
    CHECK(slice_eq((uint8_t *)s[0], s[1], want[i]));
    free_slice((uint8_t *)s[0], s[1]);
    thing_drop(l[i]);
  }
  free_slice((uint8_t *)l, n * 4);
}
EXPORT("run") void run(void) {
  uint32_t r[2];
  a(make("Ni Hao"), r);
  const char *w1[] = { "Ni Hao" };
  check_things(r, w1, 1);
  b(make("one"), make("two"), r);
  const char *w2[] = { "one", "two" };
  check_things(r, w2, 2);
  uint32_t l[3] = { make("x"), make(""), make("🚀") };
  test(l, 3, r);
  const char *w3[] = { "x", "", "🚀" };
  check_things(r, w3, 3);
  CHECK(live_bytes == 0);
}
