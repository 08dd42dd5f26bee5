package dev.weft.engine.internal.wasi;

import dev.weft.engine.Memory;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The guest's linear memory seen through preview1's pointers: unsigned 32-bit addresses, every
 * access bounds-checked up front so a bad pointer becomes {@code EFAULT} rather than a trap.
 */
public final class GuestMemory {
    private final Memory memory;

    public GuestMemory(Memory memory) { this.memory = memory; }

    static long addr(int ptr) { return Integer.toUnsignedLong(ptr); }

    void check(int ptr, long len) {
        if (len < 0 || addr(ptr) + len > memory.byteSize()) throw new WasiError(Errno.FAULT);
    }

    byte[] read(int ptr, int len) {
        long n = Integer.toUnsignedLong(len);
        check(ptr, n);
        if (n > Integer.MAX_VALUE - 16) throw new WasiError(Errno.NOMEM);
        byte[] b = new byte[(int) n];
        memory.read(addr(ptr), b, 0, b.length);
        return b;
    }

    void read(int ptr, byte[] dst, int off, int len) {
        check(ptr, len);
        memory.read(addr(ptr), dst, off, len);
    }

    void write(int ptr, byte[] src, int off, int len) {
        check(ptr, len);
        memory.write(addr(ptr), src, off, len);
    }

    void write(int ptr, byte[] src) { write(ptr, src, 0, src.length); }

    void u8(int ptr, int v) {
        check(ptr, 1);
        memory.writeByte(addr(ptr), (byte) v);
    }

    void u16(int ptr, int v) {
        check(ptr, 2);
        memory.writeShort(addr(ptr), (short) v);
    }

    void u32(int ptr, int v) {
        check(ptr, 4);
        memory.writeInt(addr(ptr), v);
    }

    void u64(int ptr, long v) {
        check(ptr, 8);
        memory.writeLong(addr(ptr), v);
    }

    int readU8(int ptr) {
        check(ptr, 1);
        return memory.readByte(addr(ptr)) & 0xFF;
    }

    int readU16(int ptr) {
        check(ptr, 2);
        return memory.readShort(addr(ptr)) & 0xFFFF;
    }

    int readI32(int ptr) {
        check(ptr, 4);
        return memory.readInt(addr(ptr));
    }

    long readI64(int ptr) {
        check(ptr, 8);
        return memory.readLong(addr(ptr));
    }

    /** A UTF-8 string of {@code len} bytes; invalid UTF-8 is {@code EILSEQ}. */
    String string(int ptr, int len) {
        byte[] b = read(ptr, len);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            throw new WasiError(Errno.ILSEQ);
        }
    }

    /** The (pointer, length) pairs of an iovec/ciovec array, validated. */
    int[] iovecs(int ptr, int count) {
        long n = Integer.toUnsignedLong(count);
        if (n > 1024) throw new WasiError(Errno.INVAL);
        check(ptr, n * 8);
        int[] r = new int[(int) n * 2];
        for (int i = 0; i < n; i++) {
            r[2 * i] = readI32(ptr + 8 * i);
            r[2 * i + 1] = readI32(ptr + 8 * i + 4);
            check(r[2 * i], Integer.toUnsignedLong(r[2 * i + 1]));
        }
        return r;
    }

    /** Gathers the bytes of a ciovec array. */
    byte[] gather(int[] iov) {
        long total = 0;
        for (int i = 1; i < iov.length; i += 2) total += Integer.toUnsignedLong(iov[i]);
        if (total > Integer.MAX_VALUE - 16) throw new WasiError(Errno.INVAL);
        byte[] b = new byte[(int) total];
        int at = 0;
        for (int i = 0; i < iov.length; i += 2) {
            read(iov[i], b, at, iov[i + 1]);
            at += iov[i + 1];
        }
        return b;
    }

    /** Total capacity of an iovec array, capped to what one Java array can hold. */
    static int capacity(int[] iov) {
        long total = 0;
        for (int i = 1; i < iov.length; i += 2) total += Integer.toUnsignedLong(iov[i]);
        return (int) Math.min(total, 1 << 24);
    }

    /** Scatters {@code n} bytes of {@code src} over an iovec array. */
    void scatter(int[] iov, byte[] src, int n) {
        int at = 0;
        for (int i = 0; i < iov.length && at < n; i += 2) {
            int k = (int) Math.min(Integer.toUnsignedLong(iov[i + 1]), n - at);
            write(iov[i], src, at, k);
            at += k;
        }
    }
}
