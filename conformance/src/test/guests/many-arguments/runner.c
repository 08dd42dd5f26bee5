// test:many-arguments `runner` world: run() calls many-arguments(1, 2, ..., 16) once; the host
// should check that argument k equals k.
#include "../common/cabi.h"
IMPORT("test:many-arguments/to-test", "many-arguments")
void many_arguments(uint64_t, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t,
                    uint64_t, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t);
EXPORT("run") void run(void) { many_arguments(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16); }
