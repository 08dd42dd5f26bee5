package dev.weft.component.internal.abi;

import dev.weft.engine.Func;
import dev.weft.engine.FuncType;
import dev.weft.engine.Memory;
import dev.weft.engine.MemoryType;
import dev.weft.engine.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * A real engine memory with a realloc host function: a bump allocator that keeps shrinking
 * allocations in place and copies the old contents when growing, and records every call as
 * {@code [old, oldSize, align, newSize]}. A result override makes it adversarial.
 */
final class TestHeap {
    final Memory memory;
    final List<long[]> calls = new ArrayList<>();
    final Func realloc;
    private long next = 1024;
    /** When set, maps the call number to the pointer realloc returns instead of allocating. */
    IntUnaryOperator override;

    TestHeap() { this(false); }

    TestHeap(boolean memory64) {
        memory = Memory.create(new MemoryType(1, -1, memory64));
        ValueType p = memory64 ? ValueType.I64 : ValueType.I32;
        realloc = Func.of(FuncType.of(List.of(p, p, p, p), List.of(p)), args -> {
            long old = memory64 ? (Long) args[0] : Integer.toUnsignedLong((Integer) args[0]);
            long oldSize = memory64 ? (Long) args[1] : Integer.toUnsignedLong((Integer) args[1]);
            long align = memory64 ? (Long) args[2] : (Integer) args[2];
            long newSize = memory64 ? (Long) args[3] : Integer.toUnsignedLong((Integer) args[3]);
            calls.add(new long[] {old, oldSize, align, newSize});
            long r;
            if (override != null) {
                r = override.applyAsInt(calls.size() - 1);
            } else if (old != 0 && newSize <= oldSize) {
                r = old;
            } else {
                next = (next + 7) & ~7L;
                r = next;
                next += newSize;
                if (old != 0) {
                    byte[] copy = new byte[(int) oldSize];
                    memory.read(old, copy, 0, copy.length);
                    memory.write(r, copy, 0, copy.length);
                }
            }
            return new Object[] {memory64 ? (Object) r : (Object) (int) r};
        });
    }

    CanonicalOptions options(StringEncoding encoding) {
        return new CanonicalOptions(memory, realloc, null, encoding);
    }

    AbiContext context(StringEncoding encoding, Peer peer) {
        return AbiContext.of(options(encoding), peer);
    }

    byte[] bytes(long ptr, int length) {
        byte[] b = new byte[length];
        memory.read(ptr, b, 0, length);
        return b;
    }

    void put(long ptr, int... bytes) {
        for (int i = 0; i < bytes.length; i++) memory.writeByte(ptr + i, (byte) bytes[i]);
    }

    /** The realloc calls as "old,oldSize,align,newSize" strings (old pointers shown as 0 or 'p'). */
    List<String> callShapes() {
        List<String> out = new ArrayList<>();
        for (long[] c : calls) out.add((c[0] == 0 ? "0" : "p") + "," + c[1] + "," + c[2] + "," + c[3]);
        return out;
    }
}
