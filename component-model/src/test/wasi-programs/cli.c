/* Exercises the wasi:cli surface through the preview1 adapter: arguments, environment, stdio, exit code. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

int main(int argc, char **argv) {
    printf("argc=%d\n", argc);
    for (int i = 0; i < argc; i++) printf("argv[%d]=%s\n", i, argv[i]);
    for (char **e = environ; *e; e++) printf("env %s\n", *e);
    const char *greet = getenv("GREETING");
    printf("GREETING=%s\n", greet ? greet : "(unset)");
    char line[256];
    int n = 0;
    while (fgets(line, sizeof line, stdin)) {
        n++;
        printf("stdin: %s", line);
    }
    printf("stdin lines=%d\n", n);
    fprintf(stderr, "to stderr\n");
    fflush(stdout);
    int code = argc > 1 ? atoi(argv[1]) : 0;
    if (code == 99) exit(7); /* exit() from deep inside, not a return */
    return code;
}
