package dev.weft.engine.internal.decode;

import dev.weft.engine.MalformedModuleException;
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
 *       (its first type, or null; the number of types, which validation requires to be 1, is in
 *       {@link #b}), {@code ref.test}/{@code ref.cast} target; {@code br_on_cast} and
 *       {@code br_on_cast_fail}: label in {@link #a}, source in {@link #refType1}, target in
 *       {@link #refType2}.
 *   <li>{@code try_table}: {@link #catchCount} clauses in {@link #catchKinds} (0 catch,
 *       1 catch_ref, 2 catch_all, 3 catch_all_ref), {@link #catchTags}, {@link #catchLabels}.
 *   <li>{@code array.new_fixed t n}: a = t, b = n; {@code array.copy t1 t2}: a, b.
 * </ul>
 *
 * <p>Index immediates are u32 values stored in ints: indices of 2^31 and above come out negative
 * (and are out of range for any real index space). Lane indices are in {@link #a} unchecked.
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

    private final BinaryReader in;
    private int instrStart;

    public CodeReader(byte[] bytes, int start, int end) {
        this.in = new BinaryReader(bytes, start, end);
    }

    /** True when every byte of the range has been consumed. */
    public boolean atEnd() { return in.atEnd(); }

    /** Offset (in the underlying array) of the last decoded instruction's first byte. */
    public int instrOffset() { return instrStart; }

    /** Offset of the next unread byte. */
    public int position() { return in.pos; }

    /** Moves to {@code offset}, so one reader can decode many expressions of a module. */
    void seek(int offset) { in.pos = offset; }

    /** Decodes the next instruction, sets {@link #opcode} and its immediates, and returns the opcode. */
    public int next() {
        BinaryReader in = this.in;
        instrStart = in.pos;
        int op = in.u8();
        if (Op.isPrefix(op)) {
            int sub = in.u32();
            if (sub < 0 || sub > 0xFFFF) throw illegal(op, sub & 0xFFFFFFFFL);
            op = op << 16 | sub;
        }
        Op.Imm imm = Op.immediates(op);
        if (imm == null) throw op > 0xFF ? illegal(op >>> 16, op & 0xFFFF) : illegal(op, -1L);
        opcode = op;
        switch (imm) {
            case NONE -> { }
            case LABEL, FUNC, TYPE, LOCAL, GLOBAL, TABLE, MEMORY, DATA, ELEM, TAG -> a = in.u32();
            case CALL_INDIRECT, TABLE_TABLE, MEMORY_MEMORY, TYPE_FIELD, TYPE_N, TYPE_DATA, TYPE_ELEM,
                 TYPE_TYPE, ELEM_TABLE, DATA_MEMORY -> {
                a = in.u32();
                b = in.u32();
            }
            case BR_TABLE -> brTable();
            case MEMARG -> memarg();
            case MEMARG_LANE -> {
                memarg();
                a = in.laneIndex();
            }
            case LANE -> a = in.laneIndex();
            case BLOCK -> blockType();
            case TRY_TABLE -> {
                blockType();
                catches();
            }
            case I32 -> constant = in.s32();
            case I64 -> constant = in.s64();
            case F32 -> constant = in.fixed32() & 0xFFFFFFFFL;
            case F64 -> constant = in.fixed64();
            case V128 -> {
                v128Lo = in.fixed64();
                v128Hi = in.fixed64();
            }
            case SHUFFLE -> shuffle();
            case SELECT_T -> selectTypes();
            case HEAPTYPE -> refType1 = BinaryReader.refOf(true, in.heapType());
            case REFTYPE -> refType1 = BinaryReader.refOf(op == Op.REF_TEST_NULL || op == Op.REF_CAST_NULL,
                    in.heapType());
            case BR_ON_CAST -> brOnCast();
        }
        return op;
    }

    /** The reference interpreter's message: the opcode byte in hex, then any sub-opcode. */
    private MalformedModuleException illegal(int first, long sub) {
        String text = sub == -1 ? String.format("illegal opcode %02x", first)
                : String.format("illegal opcode %02x %x", first, sub);
        return in.error(text, instrStart);
    }

    private void brTable() {
        int n = in.length();
        if (brTargets.length < n) brTargets = new int[Math.max(n, brTargets.length * 2)];
        int[] targets = brTargets;
        for (int i = 0; i < n; i++) targets[i] = in.u32();
        brCount = n;
        a = in.u32();
    }

    private void memarg() {
        int at = in.pos;
        int flags = in.u32();
        if (flags < 0 || flags >= 0x80) throw in.error("malformed memop flags", at);
        memIndex = (flags & 0x40) != 0 ? in.u32() : 0;
        alignLog2 = flags & 0x3F;
        memOffset = in.u64();
    }

    private void blockType() {
        BinaryReader in = this.in;
        int b = in.peek();
        if (b == 0x40) {
            in.pos++;
            blockType = BLOCK_EMPTY;
        } else if (BinaryReader.isTypeCode(b)) {
            blockType = BLOCK_VALTYPE;
            blockValType = in.valType();
        } else {
            int at = in.pos;
            long index = in.s33();
            if (index < 0) throw in.error("malformed type index", at);
            if (index > Integer.MAX_VALUE) throw in.error("integer too large", at);
            blockType = (int) index;
        }
    }

    private void catches() {
        int n = in.length();
        if (catchKinds.length < n) {
            int size = Math.max(n, catchKinds.length * 2);
            catchKinds = new int[size];
            catchTags = new int[size];
            catchLabels = new int[size];
        }
        for (int i = 0; i < n; i++) {
            int at = in.pos;
            int kind = in.u8();
            if (kind > 3) throw in.error("malformed catch clause", at);
            catchKinds[i] = kind;
            catchTags[i] = kind < 2 ? in.u32() : -1;
            catchLabels[i] = in.u32();
        }
        catchCount = n;
    }

    private void shuffle() {
        long lo = 0;
        long hi = 0;
        for (int i = 0; i < 8; i++) lo |= (long) in.laneIndex() << (8 * i);
        for (int i = 0; i < 8; i++) hi |= (long) in.laneIndex() << (8 * i);
        v128Lo = lo;
        v128Hi = hi;
    }

    private void selectTypes() {
        int n = in.length();
        b = n;
        refType1 = null;
        for (int i = 0; i < n; i++) {
            ValType t = in.valType();
            if (i == 0) refType1 = t;
        }
    }

    private void brOnCast() {
        int at = in.pos;
        int flags = in.u8();
        if ((flags & ~3) != 0) throw in.error("malformed br_on_cast flags", at);
        a = in.u32();
        refType1 = BinaryReader.refOf((flags & 1) != 0, in.heapType());
        refType2 = BinaryReader.refOf((flags & 2) != 0, in.heapType());
    }
}
