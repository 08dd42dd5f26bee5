/* Memory copy and sorting on i32: each round copies a generated array (memcpy), sorts one copy
 * with quicksort and another with heapsort, checks they agree, then rotates the source by a
 * round-dependent amount with memcpy. run(n): n rounds over COUNT elements. Returns -1 if the
 * two sorts ever disagree, else a position-weighted checksum. */
#include "kernel.h"

#define COUNT 8192
static i32 source[COUNT], quick[COUNT], heap[COUNT], scratch[COUNT];

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
    u32 state = 42u;
    for (i32 i = 0; i < COUNT; i++) source[i] = (i32)lcg_next(&state) >> 4;
    u32 sum = 0;
    for (i32 r = 0; r < n; r++) {
        memcpy(quick, source, sizeof source);
        memcpy(heap, source, sizeof source);
        quicksort(quick, COUNT);
        heapsort(heap, COUNT);
        for (i32 i = 0; i < COUNT; i++) {
            if (quick[i] != heap[i]) return -1;
            sum = sum * 31u + (u32)quick[i] * (u32)(i + 1);
        }
        /* Rotate the source left by k elements through scratch. */
        i32 k = 1 + (i32)(sum % (COUNT - 1));
        memcpy(scratch, source + k, (usize)(COUNT - k) * sizeof(i32));
        memcpy(scratch + COUNT - k, source, (usize)k * sizeof(i32));
        memcpy(source, scratch, sizeof source);
        source[r % COUNT] ^= (i32)sum;
    }
    return (i32)sum;
}
