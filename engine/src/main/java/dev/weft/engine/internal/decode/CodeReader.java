package dev.weft.engine.internal.decode;

import dev.weft.engine.internal.model.ValType;

/**
 * Decodes one instruction at a time from a function body or constant expression, exposing its
 * opcode and immediates in public fields. Shared by the validator, the interpreter's compiler and
 * the constant-expression evaluator, so the binary encoding of instructions is read in one place.
 *
 * <p>Opcodes are ints: single-byte opcodes are their byte value; prefixed ones are
 * {@code (prefix << 16) | subOpcode} (e.g. {@code i32.trunc_sat_f32_s} = {@code 0xFC0000},
 * {@code i8x16.shuffle} = {@code 0xFD000D}). {@link Op} names every opcode.
 *
 * <p>After {@link #next()}, the fields relevant to that opcode are set (others keep stale values):
 * <ul>
 *   <li>{@link #a}, {@link #b}: indices in instruction order (label, func, type, local, global,
 *       table, memory, tag, elem, data, field, lane). E.g. {@code call_indirect y x}: a = type,
 *       b = table; {@code table.copy x y}: a = x, b = y; {@code struct.get t f}: a = t, b = f;
 *       {@code memory.init x m}: a = data, b = memory; {@code extract_lane l}: a = lane.
 *   <li>{@link #constant}: the value of {@code i32.const}/{@code i64.const} (sign-extended),
 *       the raw bits of {@code f32.const}/{@code f64.const}.
 *   <li>{@link #v128Lo}, {@link #v128Hi}: {@code v128.const} bits; for {@code i8x16.shuffle}
 *       the 16 lane indices packed little-endian the same way.
 *   <li>memarg: {@link #memIndex}, {@link #alignLog2}, {@link #memOffset}; the lane of
 *       {@code v128.loadN_lane}/{@code storeN_lane} goes in {@link #a}.
 *   <li>{@link #blockType}: for block/loop/if/try_table: {@link #BLOCK_EMPTY}, or
 *       {@link #BLOCK_VALTYPE} with {@link #blockValType}, or a type index {@code >= 0}.
 *   <li>{@code br_table}: {@link #brTargets} (length {@link #brCount}) and default in {@link #a}.
 *   <li>{@link #refType1}: the type of {@code ref.null} (nullable, heap), {@code select t}
 *       (single result type), {@code ref.test}/{@code ref.cast} target; {@code br_on_cast} and
 *       {@code br_on_cast_fail}: label in {@link #a}, source in {@link #refType1}, target in
 *       {@link #refType2}.
 *   <li>{@code try_table}: {@link #catchCount} clauses in {@link #catchKinds} (0 catch,
 *       1 catch_ref, 2 catch_all, 3 catch_all_ref), {@link #catchTags}, {@link #catchLabels}.
 *   <li>{@code array.new_fixed t n}: a = t, b = n; {@code array.copy t1 t2}: a, b.
 * </ul>
 *
 * <p>Malformed encodings throw {@link dev.weft.engine.MalformedModuleException} with the offset and
 * the spec's message (e.g. "illegal opcode", "integer too large", "unexpected end").
 */
public final class CodeReader {
    public static final int BLOCK_EMPTY = -1;
    public static final int BLOCK_VALTYPE = -2;

    // ---- immediates of the last decoded instruction ----
    public int opcode;
    public int a;
    public int b;
    public long constant;
    public long v128Lo;
    public long v128Hi;
    public int memIndex;
    public int alignLog2;
    public long memOffset;
    public int blockType;
    public ValType blockValType;
    public int[] brTargets = new int[16];
    public int brCount;
    public ValType refType1;
    public ValType refType2;
    public int catchCount;
    public int[] catchKinds = new int[4];
    public int[] catchTags = new int[4];
    public int[] catchLabels = new int[4];

    private final byte[] bytes;
    private final int end;
    private int pos;
    private int instrStart;

    public CodeReader(byte[] bytes, int start, int end) {
        this.bytes = bytes;
        this.pos = start;
        this.end = end;
    }

    /** True when every byte of the range has been consumed. */
    public boolean atEnd() { return pos >= end; }

    /** Offset (in the underlying array) of the last decoded instruction's first byte. */
    public int instrOffset() { return instrStart; }

    /** Offset of the next unread byte. */
    public int position() { return pos; }

    /** Decodes the next instruction, sets {@link #opcode} and its immediates, and returns the opcode. */
    public int next() {
        instrStart = pos;
        throw new UnsupportedOperationException("CodeReader.next is implemented by the decoder work");
    }
}
