package dev.weft.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The benchmark kernels. Sources are in {@code bench/kernels/*.c}; the built modules are resources
 * ({@code kernels/<id>.wasm}). Each exports {@code run(n)} returning a checksum of its work.
 *
 * <p>{@link #benchN()} is the argument the benchmarks use, sized so that one call takes tens of
 * milliseconds on a plain interpreter; {@link #benchChecksum()} is its result as computed by node's
 * WebAssembly and by the same C compiled natively, so a benchmark that computes something else fails
 * at setup instead of reporting a time.
 */
public enum Kernel {
    /** FNV-1a and an xxHash32-style hash over a 64 KiB buffer, {@code n} rounds. */
    HASH(false, 4, -1_384_522_103L),
    /** {@code n x n} f32 matrix multiply. */
    MATMUL(false, 64, 1_247_089_805L),
    /** Doubly recursive Fibonacci on i64. */
    FIB(true, 25, 75_025L),
    /** {@code n} dispatches through a table of eight function pointers. */
    INDIRECT(false, 150_000, 844_201_431L),
    /** Four rounds of memcpy, quicksort and heapsort over {@code n} ints. */
    SORT(false, 2048, -784_008_532L);

    private final boolean returnsI64;
    private final int benchN;
    private final long benchChecksum;

    Kernel(boolean returnsI64, int benchN, long benchChecksum) {
        this.returnsI64 = returnsI64;
        this.benchN = benchN;
        this.benchChecksum = benchChecksum;
    }

    /** The JMH parameter value and resource name. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kernel with the given {@link #id()}. */
    public static Kernel byId(String id) {
        for (Kernel k : values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kernel '" + id + "', expected one of "
                + Arrays.stream(values()).map(Kernel::id).toList());
    }

    public int benchN() {
        return benchN;
    }

    public long benchChecksum() {
        return benchChecksum;
    }

    /**
     * The checksum an engine's raw result stands for: i32 results are compared as {@code int}, since
     * engines differ in whether they widen them with sign or zero extension.
     */
    public long checksum(long raw) {
        return returnsI64 ? raw : (int) raw;
    }

    /** The kernel's module bytes. */
    public byte[] wasm() {
        String resource = "kernels/" + id() + ".wasm";
        try (InputStream in = Kernel.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
