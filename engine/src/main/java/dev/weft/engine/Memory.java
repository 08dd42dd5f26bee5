package dev.weft.engine;

import dev.weft.engine.internal.runtime.MemoryInstance;

/**
 * A linear memory. All multi-byte accesses are little-endian; an access outside the current size
 * throws {@link TrapException} ("out of bounds memory access"). For the bulk {@link #read} and
 * {@link #write}, an {@code offset} and {@code length} that do not fit the Java array throw
 * {@link IndexOutOfBoundsException} first, as Java's own array copies do: that is the host's bug,
 * not the module's.
 * <pre>{@code
 * Memory mem = instance.memory("memory");
 * mem.writeInt(16, 42);
 * byte[] bytes = new byte[4];
 * mem.read(16, bytes, 0, 4);
 * }</pre>
 */
public sealed interface Memory extends Extern permits MemoryInstance {

    MemoryType type();

    /** Current size in pages. */
    long size();

    /** Current size in bytes. */
    long byteSize();

    /** Grows by {@code deltaPages}; returns the previous size in pages, or -1 if that is not possible. */
    long grow(long deltaPages);

    byte readByte(long address);

    void writeByte(long address, byte value);

    short readShort(long address);

    void writeShort(long address, short value);

    int readInt(long address);

    void writeInt(long address, int value);

    long readLong(long address);

    void writeLong(long address, long value);

    float readFloat(long address);

    void writeFloat(long address, float value);

    double readDouble(long address);

    void writeDouble(long address, double value);

    /** Copies {@code length} bytes from memory at {@code address} into {@code dst[offset..]}. */
    void read(long address, byte[] dst, int offset, int length);

    /** Copies {@code length} bytes from {@code src[offset..]} into memory at {@code address}. */
    void write(long address, byte[] src, int offset, int length);

    /** A standalone memory, e.g. to import into several instances. */
    static Memory create(MemoryType type) {
        return MemoryInstance.create(type, EngineConfig.defaults());
    }

    @Override
    default ExternType externType() { return type(); }
}
