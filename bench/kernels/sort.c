/* Memory copy and sorting on i32: each of ROUNDS rounds copies a generated array of n elements
 * (memcpy), sorts one copy with quicksort and another with heapsort, checks they agree, then rotates
 * the source by a data-dependent amount with memcpy. run(n): n elements (capped at MAX_COUNT).
 * Returns -1 if the two sorts ever disagree, else a position-weighted checksum. */
#include "kernel.h"

#define MAX_COUNT 65536
#define ROUNDS 4
static i32 source[MAX_COUNT], quick[MAX_COUNT], heap[MAX_COUNT], scratch[MAX_COUNT];

static inline void swap(i32 *a, i32 *b) { i32 t = *a; *a = *b; *b = t; }

static void insertion_sort(i32 *v, i32 len) {
    for (i32 i = 1; i < len; i++) {
        i32 x = v[i], j = i - 1;
        while (j >= 0 && v[j] > x) { v[j + 1] = v[j]; j--; }
        v[j + 1] = x;
    }
}

/* Median-of-three Hoare quicksort; recurses on the smaller side to bound the stack. */
static void quicksort(i32 *v, i32 len) {
    while (len > 16) {
        i32 mid = len / 2;
        if (v[mid] < v[0]) swap(&v[mid], &v[0]);
        if (v[len - 1] < v[0]) swap(&v[len - 1], &v[0]);
        if (v[len - 1] < v[mid]) swap(&v[len - 1], &v[mid]);
        i32 pivot = v[mid], i = -1, j = len;
        for (;;) {
            do i++; while (v[i] < pivot);
            do j--; while (v[j] > pivot);
            if (i >= j) break;
            swap(&v[i], &v[j]);
        }
        i32 left = j + 1;
        if (left < len - left) { quicksort(v, left); v += left; len -= left; }
        else { quicksort(v + left, len - left); len = left; }
    }
    insertion_sort(v, len);
}

static void sift_down(i32 *v, i32 root, i32 len) {
    for (;;) {
        i32 child = 2 * root + 1;
        if (child >= len) return;
        if (child + 1 < len && v[child + 1] > v[child]) child++;
        if (v[root] >= v[child]) return;
        swap(&v[root], &v[child]);
        root = child;
    }
}

static void heapsort(i32 *v, i32 len) {
    for (i32 i = len / 2 - 1; i >= 0; i--) sift_down(v, i, len);
    for (i32 end = len - 1; end > 0; end--) {
        swap(&v[0], &v[end]);
        sift_down(v, 0, end);
    }
}

EXPORT("run") i32 run(i32 n) {
    if (n < 0) n = 0;
    if (n > MAX_COUNT) n = MAX_COUNT;
    usize bytes = (usize)n * sizeof(i32);
    u32 state = 42u;
    for (i32 i = 0; i < n; i++) source[i] = (i32)lcg_next(&state) >> 4;
    u32 sum = 0;
    for (i32 r = 0; r < ROUNDS && n > 1; r++) {
        memcpy(quick, source, bytes);
        memcpy(heap, source, bytes);
        quicksort(quick, n);
        heapsort(heap, n);
        for (i32 i = 0; i < n; i++) {
            if (quick[i] != heap[i]) return -1;
            sum = sum * 31u + (u32)quick[i] * (u32)(i + 1);
        }
        /* Rotate the source left by k elements through scratch, then perturb one element. */
        i32 k = 1 + (i32)(sum % (u32)(n - 1));
        memcpy(scratch, source + k, (usize)(n - k) * sizeof(i32));
        memcpy(scratch + n - k, source, (usize)k * sizeof(i32));
        memcpy(source, scratch, bytes);
        source[(u32)r % (u32)n] ^= (i32)sum;
    }
    return (i32)sum;
}
