package dev.weft.engine.internal.runtime;

import dev.weft.engine.EngineConfig;
import dev.weft.engine.Memory;
import dev.weft.engine.MemoryType;
import dev.weft.engine.TrapException;
import dev.weft.engine.internal.model.Limits;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * A linear memory backed by an off-heap {@link MemorySegment}.
 *
 * <p>Growth strategy: the segment's capacity grows geometrically (at least doubling, capped at the
 * maximum) and the bytes are copied only when the capacity is exceeded, so a program that grows
 * page by page pays amortized O(1) per page. Reserving the whole maximum up front would be cheaper
 * per grow, but FFM allocation zero-fills (commits) the whole reservation, which is unacceptable for
 * 4 GiB maxima. Bytes between the logical size and the capacity are never written (every access is
 * checked against the logical size), so newly grown pages read as zero as the spec requires.
 */
public final class MemoryInstance implements Memory {
    public static final ValueLayout.OfByte BYTE = ValueLayout.JAVA_BYTE;
    public static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    public static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    public static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    public static final ValueLayout.OfFloat FLOAT = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    public static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    /** Spec maximum number of pages for 32-bit and 64-bit memories with 64 KiB pages. */
    private static final long MAX_PAGES_32 = 65_536L;
    private static final long MAX_PAGES_64 = 1L << 48;

    private final Limits limits;
    private final int pageShift;
    /** Effective maximum in pages: the type's maximum, the spec's and the engine's, whichever is lowest. */
    private final long maxPages;
    /** The backing storage; replaced (never shrunk) when a grow exceeds its capacity. */
    public MemorySegment seg;
    /** The current size in bytes; every access is checked against it. */
    public long byteSize;

    public MemoryInstance(Limits limits, EngineConfig config) {
        this.limits = limits;
        this.pageShift = limits.pageSizeLog2();
        long specMax = pageShift == 16 ? (limits.is64() ? MAX_PAGES_64 : MAX_PAGES_32)
                : (limits.is64() ? Long.MAX_VALUE >>> pageShift : (1L << 32) >>> pageShift);
        // Byte sizes are longs: no limit, however generous the engine's, may let them overflow.
        long max = Math.min(specMax, Long.MAX_VALUE >>> pageShift);
        max = Math.min(max, Math.min(config.maxMemoryPages(), Long.MAX_VALUE >>> 16) << 16 >>> pageShift);
        if (limits.hasMax()) max = Math.min(max, limits.max());
        this.maxPages = max;
        if (Long.compareUnsigned(limits.min(), maxPages) > 0) {
            throw new TrapException(TrapException.Kind.TRAP,
                    "memory size " + limits.min() + " pages exceeds the limit of " + maxPages, null);
        }
        this.byteSize = limits.min() << pageShift;
        this.seg = allocate(byteSize);
    }

    public static MemoryInstance create(MemoryType type, EngineConfig config) {
        return new MemoryInstance(new Limits(type.min(), type.max(), type.is64(), type.shared(), 16), config);
    }

    private static MemorySegment allocate(long bytes) {
        try {
            return Arena.ofAuto().allocate(Math.max(bytes, 16), 16);
        } catch (OutOfMemoryError | IllegalArgumentException e) {
            throw new TrapException(TrapException.Kind.TRAP, "out of memory allocating " + bytes + " bytes", e);
        }
    }

    /** The limits this memory was declared with (its min is updated by growth via {@link #size()}). */
    public Limits limits() { return limits; }

    /** Current limits for import matching: the current size as minimum. */
    public Limits currentLimits() {
        return new Limits(size(), limits.max(), limits.is64(), limits.shared(), limits.pageSizeLog2());
    }

    public boolean is64() { return limits.is64(); }

    @Override
    public MemoryType type() { return new MemoryType(size(), limits.max(), limits.is64(), limits.shared()); }

    @Override
    public long size() { return byteSize >>> pageShift; }

    @Override
    public long byteSize() { return byteSize; }

    @Override
    public long grow(long deltaPages) {
        long old = size();
        if (deltaPages < 0 || deltaPages > maxPages - old) return -1;
        if (deltaPages == 0) return old;
        long newBytes = (old + deltaPages) << pageShift;
        if (newBytes > seg.byteSize()) {
            long cap = Math.max(newBytes, Math.min(seg.byteSize() * 2, maxPages << pageShift));
            MemorySegment bigger;
            try {
                bigger = Arena.ofAuto().allocate(cap, 16);
            } catch (OutOfMemoryError | IllegalArgumentException e) {
                try {
                    bigger = Arena.ofAuto().allocate(newBytes, 16);
                } catch (OutOfMemoryError | IllegalArgumentException e2) {
                    return -1;
                }
            }
            MemorySegment.copy(seg, 0, bigger, 0, byteSize);
            seg = bigger;
        }
        byteSize = newBytes;
        return old;
    }

    public static TrapException oob() { return new TrapException("out of bounds memory access"); }

    /** Checks that {@code [addr, addr+len)} lies inside memory ({@code addr} is unsigned). */
    public void check(long addr, long len) {
        if (addr < 0 || len < 0 || addr > byteSize - len) throw oob();
    }

    // ---- accessors used by the interpreter: addresses are already effective (address + offset) ----

    public int loadI32(long a) { if ((a | (byteSize - 4 - a)) < 0) throw oob(); return seg.get(INT, a); }

    public long loadI64(long a) { if ((a | (byteSize - 8 - a)) < 0) throw oob(); return seg.get(LONG, a); }

    public int loadU8(long a) { if ((a | (byteSize - 1 - a)) < 0) throw oob(); return seg.get(BYTE, a) & 0xff; }

    public int loadS8(long a) { if ((a | (byteSize - 1 - a)) < 0) throw oob(); return seg.get(BYTE, a); }

    public int loadU16(long a) { if ((a | (byteSize - 2 - a)) < 0) throw oob(); return seg.get(SHORT, a) & 0xffff; }

    public int loadS16(long a) { if ((a | (byteSize - 2 - a)) < 0) throw oob(); return seg.get(SHORT, a); }

    public void storeI32(long a, int v) { if ((a | (byteSize - 4 - a)) < 0) throw oob(); seg.set(INT, a, v); }

    public void storeI64(long a, long v) { if ((a | (byteSize - 8 - a)) < 0) throw oob(); seg.set(LONG, a, v); }

    public void storeI8(long a, int v) { if ((a | (byteSize - 1 - a)) < 0) throw oob(); seg.set(BYTE, a, (byte) v); }

    public void storeI16(long a, int v) { if ((a | (byteSize - 2 - a)) < 0) throw oob(); seg.set(SHORT, a, (short) v); }

    /** memory.fill: bounds are checked before any byte is written. */
    public void fill(long dst, int value, long len) {
        check(dst, len);
        if (len > 0) seg.asSlice(dst, len).fill((byte) value);
    }

    /** memory.copy between two memories (or within one; overlapping ranges behave like memmove). */
    public static void copy(MemoryInstance dstMem, long dst, MemoryInstance srcMem, long src, long len) {
        srcMem.check(src, len);
        dstMem.check(dst, len);
        if (len > 0) MemorySegment.copy(srcMem.seg, src, dstMem.seg, dst, len);
    }

    /** memory.init / active data segments: copies {@code data[src, src+len)} to {@code dst}. */
    public void init(long dst, byte[] data, long src, long len) {
        if (src < 0 || len < 0 || src > data.length - len) throw oob();
        check(dst, len);
        if (len > 0) MemorySegment.copy(data, (int) src, seg, BYTE, dst, (int) len);
    }

    // ---- public API ----

    @Override public byte readByte(long address) { return (byte) loadS8(address); }
    @Override public void writeByte(long address, byte value) { storeI8(address, value); }
    @Override public short readShort(long address) { return (short) loadS16(address); }
    @Override public void writeShort(long address, short value) { storeI16(address, value); }
    @Override public int readInt(long address) { return loadI32(address); }
    @Override public void writeInt(long address, int value) { storeI32(address, value); }
    @Override public long readLong(long address) { return loadI64(address); }
    @Override public void writeLong(long address, long value) { storeI64(address, value); }
    @Override public float readFloat(long address) { return Float.intBitsToFloat(loadI32(address)); }
    @Override public void writeFloat(long address, float value) { storeI32(address, Float.floatToRawIntBits(value)); }
    @Override public double readDouble(long address) { return Double.longBitsToDouble(loadI64(address)); }
    @Override public void writeDouble(long address, double value) { storeI64(address, Double.doubleToRawLongBits(value)); }

    @Override
    public void read(long address, byte[] dst, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, dst.length);
        check(address, length);
        MemorySegment.copy(seg, BYTE, address, dst, offset, length);
    }

    @Override
    public void write(long address, byte[] src, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, src.length);
        check(address, length);
        MemorySegment.copy(src, offset, seg, BYTE, address, length);
    }

    @Override
    public String toString() { return "memory[" + size() + " pages]"; }
}
