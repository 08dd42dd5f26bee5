/* Exercises clocks, random and sleeping (poll on a monotonic-clock pollable) through the adapter. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

int main(void) {
    struct timespec a, b, w;
    clock_gettime(CLOCK_MONOTONIC, &a);
    usleep(20000);
    clock_gettime(CLOCK_MONOTONIC, &b);
    long long diff = (b.tv_sec - a.tv_sec) * 1000000000LL + (b.tv_nsec - a.tv_nsec);
    printf("slept at least 20ms: %s\n", diff >= 20000000LL ? "yes" : "no");
    clock_gettime(CLOCK_REALTIME, &w);
    printf("realtime after 2020: %s\n", w.tv_sec > 1577836800 ? "yes" : "no");
    unsigned char r[16];
    arc4random_buf(r, sizeof r);
    for (int i = 0; i < 16; i++) printf("%02x", r[i]);
    printf("\n");
    return 0;
}
