// Arguments, environment, stdout/stderr and the ways a command ends.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

int main(int argc, char **argv) {
    printf("argc=%d\n", argc);
    for (int i = 0; i < argc; i++) printf("argv[%d]=%s\n", i, argv[i]);
    for (char **e = environ; *e; e++) printf("env %s\n", *e);
    const char *g = getenv("GREETING");
    printf("GREETING=%s\n", g ? g : "(unset)");
    fprintf(stderr, "to stderr\n");
    if (argc > 2 && strcmp(argv[1], "exit") == 0) exit(atoi(argv[2]));
    if (argc > 2 && strcmp(argv[1], "return") == 0) return atoi(argv[2]);
    if (argc > 1 && strcmp(argv[1], "trap") == 0) {
        fflush(stdout);
        __builtin_trap();
    }
    return 0;
}
