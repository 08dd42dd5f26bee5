package dev.weft.engine.internal.decode;

import dev.weft.engine.MalformedModuleException;
import dev.weft.engine.internal.model.CompositeType;
import dev.weft.engine.internal.model.ConstExpr;
import dev.weft.engine.internal.model.CustomSection;
import dev.weft.engine.internal.model.DataSegment;
import dev.weft.engine.internal.model.ElemSegment;
import dev.weft.engine.internal.model.Export;
import dev.weft.engine.internal.model.ExternKind;
import dev.weft.engine.internal.model.FunctionBody;
import dev.weft.engine.internal.model.Global;
import dev.weft.engine.internal.model.GlobalType;
import dev.weft.engine.internal.model.HeapType;
import dev.weft.engine.internal.model.Import;
import dev.weft.engine.internal.model.Limits;
import dev.weft.engine.internal.model.MemoryType;
import dev.weft.engine.internal.model.ModuleInfo;
import dev.weft.engine.internal.model.Names;
import dev.weft.engine.internal.model.SubType;
import dev.weft.engine.internal.model.Table;
import dev.weft.engine.internal.model.TableType;
import dev.weft.engine.internal.model.TagType;
import dev.weft.engine.internal.model.ValType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes a module binary into a {@link ModuleInfo}. Every function body and constant expression
 * is decoded instruction by instruction here, so that every malformed-binary error surfaces from
 * {@link #decode} before validation runs.
 *
 * <p>As in the reference interpreter, a section's contents are read against the end of the whole
 * binary and the declared size is checked afterwards ("section size mismatch"), so the error a
 * module gets matches the spec tests' expectations.
 */
public final class ModuleDecoder {
    /** Upper bound on the locals of one function: far above real code, low enough to allocate. */
    static final int MAX_LOCALS = 50_000;

    private static final int MAGIC = 0x6D736100;
    private static final int VERSION = 1;

    /** Position of each known section id in the required order (custom sections go anywhere). */
    private static final int[] SECTION_RANK = {0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 12, 13, 11, 6};
    private static final String[] SECTION_NAMES = {"custom section", "type section", "import section",
        "function section", "table section", "memory section", "global section", "export section",
        "start section", "element section", "code section", "data section", "data count section",
        "tag section"};

    private final byte[] wasm;
    private final BinaryReader in;

    private final List<SubType> types = new ArrayList<>();
    private final List<Import> imports = new ArrayList<>();
    private int[] funcTypes = new int[0];
    private int importedFuncs;
    private int definedFuncs;
    private final List<Table> tables = new ArrayList<>();
    private final List<MemoryType> memories = new ArrayList<>();
    private final List<Global> globals = new ArrayList<>();
    private final List<TagType> tags = new ArrayList<>();
    private final List<Export> exports = new ArrayList<>();
    private int start = ModuleInfo.NO_START;
    private final List<ElemSegment> elems = new ArrayList<>();
    private boolean hasDataCount;
    private long dataCount;
    private final List<FunctionBody> code = new ArrayList<>();
    private final List<DataSegment> datas = new ArrayList<>();
    private final List<CustomSection> customs = new ArrayList<>();
    private final ExprScanner scanner;

    // Where decoding is, for error messages; composed into text only when an error occurs.
    private String section = "header";
    private String item;
    private int itemIndex;

    private ModuleDecoder(byte[] wasm) {
        this.wasm = wasm;
        this.in = new BinaryReader(wasm, 0, wasm.length);
        this.scanner = new ExprScanner(wasm);
    }

    /** Decodes a whole module binary, or throws {@link MalformedModuleException}. */
    public static ModuleInfo decode(byte[] wasm) {
        ModuleDecoder decoder = new ModuleDecoder(wasm);
        try {
            return decoder.module();
        } catch (MalformedModuleException e) {
            throw new MalformedModuleException(e.reason(), decoder.where(), e.offset());
        }
    }

    private String where() {
        return item == null ? section : section + ", " + item + " " + itemIndex;
    }

    /** Marks the item being decoded (e.g. "global", 3) until the next call or the section's end. */
    private void at(String what, int index) {
        item = what;
        itemIndex = index;
    }

    private ModuleInfo module() {
        if (wasm.length < 4) throw in.error("unexpected end", wasm.length);
        if (in.fixed32() != MAGIC) throw in.error("magic header not detected", 0);
        if (wasm.length < 8) throw in.error("unexpected end", wasm.length);
        if (in.fixed32() != VERSION) throw in.error("unknown binary version", 4);

        int lastRank = 0;
        while (!in.atEnd()) {
            int sectionStart = in.pos;
            int id = in.peek();
            section = "section header";
            item = null;
            if (id >= SECTION_RANK.length) throw in.error("malformed section id", sectionStart);
            if (id != 0) {
                if (SECTION_RANK[id] <= lastRank) {
                    throw in.error("unexpected content after last section", sectionStart);
                }
                lastRank = SECTION_RANK[id];
            }
            in.pos++;
            int size = in.length();
            int contentStart = in.pos;
            section = SECTION_NAMES[id];
            section(id, size);
            item = null;
            if (in.pos != contentStart + size) throw in.error("section size mismatch", contentStart);
        }

        section = "module";
        if (definedFuncs != code.size()) {
            throw in.error("function and code section have inconsistent lengths", wasm.length);
        }
        if (hasDataCount && dataCount != datas.size()) {
            throw in.error("data count and data section have inconsistent lengths", wasm.length);
        }
        if (!hasDataCount && scanner.usesDataIndex) {
            throw in.error("data count section required", wasm.length);
        }
        return new ModuleInfo(types, imports, funcTypes(), tables, memories, globals, tags, exports, start,
                elems, hasDataCount ? datas.size() : ModuleInfo.NO_DATA_COUNT, code, datas, customs, names());
    }

    private void section(int id, int size) {
        switch (id) {
            case 0 -> customSection(size);
            case 1 -> typeSection();
            case 2 -> importSection();
            case 3 -> functionSection();
            case 4 -> tableSection();
            case 5 -> memorySection();
            case 6 -> globalSection();
            case 7 -> exportSection();
            case 8 -> start = startFunction();
            case 9 -> elementSection();
            case 10 -> codeSection();
            case 11 -> dataSection();
            case 12 -> {
                dataCount = in.u32Long();
                hasDataCount = true;
            }
            case 13 -> tagSection();
            default -> throw new IllegalStateException("section id " + id);
        }
    }

    /** The start function index; one beyond the int range stays out of range (not NO_START). */
    private int startFunction() {
        int x = in.u32();
        return x < 0 ? Integer.MAX_VALUE : x;
    }

    private void customSection(int size) {
        int contentStart = in.pos;
        String name = in.name();
        int payloadLength = size - (in.pos - contentStart);
        int payloadStart = in.pos;
        in.skip(payloadLength);
        customs.add(new CustomSection(name, Arrays.copyOfRange(wasm, payloadStart, in.pos), payloadStart));
    }

    // ---- types ----

    private void typeSection() {
        int n = in.length();
        for (int i = 0; i < n; i++) {
            if (in.peek() == 0x4E) {
                in.pos++;
                int m = in.length();
                int groupStart = types.size();
                for (int j = 0; j < m; j++) {
                    at("type", types.size());
                    types.add(subType(groupStart, m));
                }
            } else {
                at("type", types.size());
                types.add(subType(types.size(), 1));
            }
        }
    }

    private SubType subType(int groupStart, int groupSize) {
        int b = in.peek();
        if (b == 0x50 || b == 0x4F) {
            in.pos++;
            int n = in.length();
            int[] supers = new int[n];
            for (int i = 0; i < n; i++) supers[i] = typeIndex();
            return new SubType(b == 0x4F, supers, compositeType(), groupStart, groupSize);
        }
        return new SubType(true, new int[0], compositeType(), groupStart, groupSize);
    }

    private CompositeType compositeType() {
        int at = in.pos;
        int b = in.u8();
        return switch (b) {
            case 0x60 -> {
                List<ValType> params = valTypes();
                List<ValType> results = valTypes();
                yield new CompositeType.Func(params, results);
            }
            case 0x5F -> {
                int n = in.length();
                List<CompositeType.FieldType> fields = new ArrayList<>(n);
                for (int i = 0; i < n; i++) fields.add(fieldType());
                yield new CompositeType.Struct(fields);
            }
            case 0x5E -> new CompositeType.Array(fieldType());
            default -> throw in.error((b & 0x80) != 0 ? "integer representation too long"
                    : "malformed definition type", at);
        };
    }

    private List<ValType> valTypes() {
        int n = in.length();
        List<ValType> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(in.valType());
        return out;
    }

    private CompositeType.FieldType fieldType() {
        ValType storage = in.storageType();
        return new CompositeType.FieldType(storage, in.mutability());
    }

    /** A type index in a position where the reference interpreter requires it to be a positive i32. */
    private int typeIndex() {
        int at = in.pos;
        int x = in.u32();
        if (x < 0) throw in.error("malformed type index", at);
        return x;
    }

    private Limits limits(boolean memory) {
        int at = in.pos;
        int flags = in.u8();
        // bit 0: has max, bit 1: shared (memories only), bit 2: 64-bit addresses.
        int allowed = memory ? 0x07 : 0x05;
        if ((flags & ~allowed) != 0) throw in.error("malformed limits flags", at);
        long min = clamp(in.u64());
        long max = (flags & 1) != 0 ? clamp(in.u64()) : -1;
        return new Limits(min, max, (flags & 4) != 0, (flags & 2) != 0, 16);
    }

    /** Limits beyond 2^63 are invalid for every address type; keep them representable. */
    private static long clamp(long u64) { return u64 < 0 ? Long.MAX_VALUE : u64; }

    private TableType tableType() {
        ValType elem = in.refType();
        return new TableType(elem, limits(false));
    }

    private GlobalType globalType() {
        ValType t = in.valType();
        return new GlobalType(t, in.mutability());
    }

    // ---- imports, functions, tables, memories, tags, globals, exports ----

    private void importSection() {
        int n = in.length();
        for (int i = 0; i < n; i++) {
            at("import", i);
            String module = in.name();
            String name = in.name();
            int at = in.pos;
            int kind = in.u8();
            Import imp = switch (kind) {
                case 0 -> new Import(module, name, ExternKind.FUNC, typeIndex(), null, null, null);
                case 1 -> new Import(module, name, ExternKind.TABLE, -1, tableType(), null, null);
                case 2 -> new Import(module, name, ExternKind.MEMORY, -1, null, new MemoryType(limits(true)), null);
                case 3 -> new Import(module, name, ExternKind.GLOBAL, -1, null, null, globalType());
                case 4 -> {
                    in.zeroByte();
                    yield new Import(module, name, ExternKind.TAG, typeIndex(), null, null, null);
                }
                default -> throw in.error("malformed import kind", at);
            };
            if (imp.kind() == ExternKind.FUNC) {
                if (importedFuncs == funcTypes.length) funcTypes = Arrays.copyOf(funcTypes, Math.max(8, importedFuncs * 2));
                funcTypes[importedFuncs++] = imp.typeIndex();
            }
            imports.add(imp);
        }
    }

    private void functionSection() {
        int n = in.length();
        int[] all = Arrays.copyOf(funcTypes, importedFuncs + n);
        for (int i = 0; i < n; i++) all[importedFuncs + i] = in.u32();
        funcTypes = all;
        definedFuncs = n;
    }

    /** The function index space's type indices: imported functions, then defined ones. */
    private int[] funcTypes() {
        return funcTypes.length == importedFuncs + definedFuncs ? funcTypes
                : Arrays.copyOf(funcTypes, importedFuncs + definedFuncs);
    }

    private void tableSection() {
        int n = in.length();
        for (int i = 0; i < n; i++) {
            at("table", tables.size());
            if (in.peek() == 0x40) {
                in.pos++;
                in.zeroByte();
                TableType type = tableType();
                tables.add(new Table(type, constExpr()));
            } else {
                tables.add(new Table(tableType(), null));
            }
        }
    }

    private void memorySection() {
        int n = in.length();
        for (int i = 0; i < n; i++) {
            at("memory", memories.size());
            memories.add(new MemoryType(limits(true)));
        }
    }

    private void tagSection() {
        int n = in.length();
        for (int i = 0; i < n; i++) {
            at("tag", tags.size());
            in.zeroByte();
            tags.add(new TagType(typeIndex()));
        }
    }

    private void globalSection() {
        int n = in.length();
        for (int i = 0; i < n; i++) {
            at("global", globals.size());
            GlobalType type = globalType();
            globals.add(new Global(type, constExpr()));
        }
    }

    private void exportSection() {
        int n = in.length();
        for (int i = 0; i < n; i++) {
            at("export", i);
            String name = in.name();
            int at = in.pos;
            int kind = in.u8();
            if (kind > 4) throw in.error("malformed export kind", at);
            exports.add(new Export(name, ExternKind.values()[kind], in.u32()));
        }
    }

    // ---- element and data segments ----

    private void elementSection() {
        int n = in.length();
        for (int i = 0; i < n; i++) {
            at("element segment", i);
            elems.add(elemSegment());
        }
    }

    private ElemSegment elemSegment() {
        int at = in.pos;
        int flags = in.u32();
        if (flags < 0 || flags > 7) throw in.error("malformed elements segment kind", at);
        // bit 0: passive/declarative, bit 1: explicit table (active) or declarative, bit 2: expressions.
        ElemSegment.Mode mode = (flags & 1) == 0 ? ElemSegment.Mode.ACTIVE
                : (flags & 2) == 0 ? ElemSegment.Mode.PASSIVE : ElemSegment.Mode.DECLARATIVE;
        int table = 0;
        ConstExpr offset = null;
        if (mode == ElemSegment.Mode.ACTIVE) {
            if ((flags & 2) != 0) table = in.u32();
            offset = constExpr();
        }
        boolean exprs = (flags & 4) != 0;
        ValType type;
        if ((flags & 3) == 0) {
            type = exprs ? ValType.FUNCREF : ValType.ref(false, HeapType.FUNC);
        } else if (exprs) {
            type = in.refType();
        } else {
            int kindAt = in.pos;
            if (in.u8() != 0) throw in.error("malformed element kind", kindAt);
            type = ValType.ref(false, HeapType.FUNC);
        }
        int count = in.length();
        List<ConstExpr> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (exprs) {
                items.add(constExpr());
            } else {
                int itemAt = in.pos;
                int func = in.u32();
                items.add(new ConstExpr(refFunc(func), itemAt));
            }
        }
        return new ElemSegment(mode, table, offset, type, items);
    }

    /** The encoding of {@code ref.func func; end}. */
    private static byte[] refFunc(int func) {
        byte[] out = new byte[7];
        out[0] = (byte) 0xD2;
        int i = 1;
        long v = func & 0xFFFFFFFFL;
        do {
            int b = (int) (v & 0x7F);
            v >>>= 7;
            out[i++] = (byte) (v != 0 ? b | 0x80 : b);
        } while (v != 0);
        out[i++] = 0x0B;
        return Arrays.copyOf(out, i);
    }

    private void dataSection() {
        int n = in.length();
        for (int i = 0; i < n; i++) {
            int at = in.pos;
            int flags = in.u32();
            at("data segment", i);
            DataSegment seg = switch (flags) {
                case 0 -> {
                    ConstExpr offset = constExpr();
                    yield new DataSegment(true, 0, offset, bytes());
                }
                case 1 -> new DataSegment(false, 0, null, bytes());
                case 2 -> {
                    int memory = in.u32();
                    ConstExpr offset = constExpr();
                    yield new DataSegment(true, memory, offset, bytes());
                }
                default -> throw in.error("malformed data segment kind", at);
            };
            datas.add(seg);
        }
    }

    private byte[] bytes() {
        int n = in.length();
        int from = in.pos;
        in.skip(n);
        return Arrays.copyOfRange(wasm, from, from + n);
    }

    // ---- code ----

    private void codeSection() {
        int n = in.length();
        for (int i = 0; i < n; i++) {
            at("function", importedFuncs + i);
            int size = in.length();
            int bodyStart = in.pos;
            ValType[] locals = locals();
            int codeStart = in.pos;
            int codeEnd = scanner.scan(codeStart, true);
            in.pos = codeEnd;
            if (codeEnd != bodyStart + size) throw in.error("section size mismatch", bodyStart);
            code.add(new FunctionBody(locals, wasm, codeStart, codeEnd));
        }
    }

    private ValType[] locals() {
        int at = in.pos;
        int groups = in.length();
        int[] counts = new int[groups];
        ValType[] groupTypes = new ValType[groups];
        long total = 0;
        for (int i = 0; i < groups; i++) {
            counts[i] = in.u32();
            groupTypes[i] = in.valType();
            total += counts[i] & 0xFFFFFFFFL;
        }
        if (total > MAX_LOCALS) throw in.error("too many locals", at);
        ValType[] out = new ValType[(int) total];
        int k = 0;
        for (int i = 0; i < groups; i++) {
            Arrays.fill(out, k, k + counts[i], groupTypes[i]);
            k += counts[i];
        }
        return out;
    }

    /** Reads a constant expression (through its final {@code end}) at the current position. */
    private ConstExpr constExpr() {
        int from = in.pos;
        int to = scanner.scan(from, false);
        in.pos = to;
        return new ConstExpr(Arrays.copyOfRange(wasm, from, to), from);
    }

    // ---- names ----

    private Names names() {
        for (CustomSection c : customs) {
            if (c.name().equals("name")) return NameSection.parse(c.payload());
        }
        return Names.EMPTY;
    }
}
