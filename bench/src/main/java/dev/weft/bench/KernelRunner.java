package dev.weft.bench;

/** One engine's instance of one kernel, ready for repeated calls of its {@code run} export. */
@FunctionalInterface
public interface KernelRunner {

    /** Calls {@code run(n)} and returns the raw result widened to {@code long}. */
    long run(int n);
}
