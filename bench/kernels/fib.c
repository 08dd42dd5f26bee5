/* Recursive calls: the doubly recursive Fibonacci on i64. run(n) returns fib(n). */
#include "kernel.h"

__attribute__((noinline)) static i64 fib(i32 n) {
    if (n < 2) return n;
    return fib(n - 1) + fib(n - 2);
}

EXPORT("run") i64 run(i32 n) { return fib(n); }
