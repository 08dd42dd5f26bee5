// test:list-in-variant `test` world (to-test); every list<string> argument is joined with ",":
//   list-in-option(some(l)) -> join(l), list-in-option(none) -> "none"
//   list-in-variant(with-data(l)) -> join(l), list-in-variant(empty) -> "empty"
//   list-in-result(ok(l)) -> join(l), list-in-result(err(s)) -> "err:" + s
//   list-in-option-with-return(some(l)) -> {count: len(l), label: join(l)},
//     list-in-option-with-return(none) -> {count: 0, label: "none"}
//   top-level-list(l) -> join(l)
// (join of [] is "".) Arguments are freed; results are freed by post-return.
#include "../common/cabi.h"
#define T "test:list-in-variant/to-test#"

// Joins a list<string> with "," into b and frees the list.
static void join(buf_t *b, uint8_t *p, uint32_t n) {
  for (uint32_t i = 0; i < n; i++) {
    if (i) buf_str(b, ",");
    uint8_t *s = AT(uint8_t *, p, i * 8); uint32_t sl = AT(uint32_t, p, i * 8 + 4);
    buf_put(b, s, sl);
    free_slice(s, sl);
  }
  free_slice(p, n * 8);
}
static uint8_t *ret_buf(buf_t *b) { return ret_slice((slice_t){ b->len ? b->ptr : (uint8_t *)1, b->len }); }
static void post_str(uint8_t *r) { post_slice(r); }

EXPORT(T "list-in-option") uint8_t *list_in_option(uint32_t tag, uint8_t *p, uint32_t n) {
  buf_t b = { 0 };
  if (tag) join(&b, p, n); else buf_str(&b, "none");
  return ret_buf(&b);
}
EXPORT("cabi_post_" T "list-in-option") void post1(uint8_t *r) { post_str(r); }
EXPORT(T "list-in-variant") uint8_t *list_in_variant(uint32_t tag, uint8_t *p, uint32_t n) {
  buf_t b = { 0 };
  if (tag == 1) join(&b, p, n); else buf_str(&b, "empty");
  return ret_buf(&b);
}
EXPORT("cabi_post_" T "list-in-variant") void post2(uint8_t *r) { post_str(r); }
EXPORT(T "list-in-result") uint8_t *list_in_result(uint32_t tag, uint8_t *p, uint32_t n) {
  buf_t b = { 0 };
  if (tag == 0) {
    join(&b, p, n);
  } else {
    buf_str(&b, "err:");
    buf_put(&b, p, n);
    free_slice(p, n);
  }
  return ret_buf(&b);
}
EXPORT("cabi_post_" T "list-in-result") void post3(uint8_t *r) { post_str(r); }
// summary { count: u32 at 0, label: string at 4 }
EXPORT(T "list-in-option-with-return") uint8_t *list_in_option_with_return(uint32_t tag, uint8_t *p, uint32_t n) {
  buf_t b = { 0 };
  if (tag) join(&b, p, n); else buf_str(&b, "none");
  AT(uint32_t, RET, 0) = tag ? n : 0;
  AT(uint8_t *, RET, 4) = b.len ? b.ptr : (uint8_t *)1; AT(uint32_t, RET, 8) = b.len;
  return RET;
}
EXPORT("cabi_post_" T "list-in-option-with-return") void post4(uint8_t *r) { post_slice(r + 4); }
EXPORT(T "top-level-list") uint8_t *top_level_list(uint8_t *p, uint32_t n) {
  buf_t b = { 0 };
  join(&b, p, n);
  return ret_buf(&b);
}
EXPORT("cabi_post_" T "top-level-list") void post5(uint8_t *r) { post_str(r); }
