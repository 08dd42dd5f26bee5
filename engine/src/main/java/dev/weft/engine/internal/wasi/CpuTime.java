package dev.weft.engine.internal.wasi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * CPU-time clocks from java.base only (java.management is off limits for the engine): the
 * process's from {@link ProcessHandle}, the thread's from Linux's per-thread scheduler
 * statistics where they exist, else the process's.
 */
public final class CpuTime {
    private CpuTime() {}

    private static final Path THREAD_SCHEDSTAT = Path.of("/proc/thread-self/schedstat");

    public static long process() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    public static long thread() {
        try {
            String s = Files.readString(THREAD_SCHEDSTAT);
            int sp = s.indexOf(' ');
            return Long.parseLong(sp < 0 ? s.trim() : s.substring(0, sp));
        } catch (IOException | RuntimeException e) {
            return process();
        }
    }

    /** Process CPU time is counted in scheduler ticks; the per-thread figure is in nanoseconds. */
    public static long resolution(boolean thread) {
        return thread && Files.isReadable(THREAD_SCHEDSTAT) ? 1L : 10_000_000L;
    }
}
