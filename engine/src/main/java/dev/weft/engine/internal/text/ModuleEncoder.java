package dev.weft.engine.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Encodes the fields of one text module into the binary format. A first pass binds every
 * definition's id in its index space (so fields may refer forward); then the explicit types are
 * encoded, and every other field in text order into its section. Inline imports/exports and
 * inline elem/data abbreviations are expanded on the way; the sections are assembled in binary
 * order at the end, followed by a {@code name} section.
 */
final class ModuleEncoder {
    private final ModuleScope scope = new ModuleScope();
    private final List<SExpr.Parens> fields;

    private final TypeDefinitions types = new TypeDefinitions(scope);
    private final Segments segments = new Segments(scope);

    private final ByteWriter importSec = new ByteWriter();
    private final ByteWriter funcSec = new ByteWriter();
    private final ByteWriter tableSec = new ByteWriter();
    private final ByteWriter memSec = new ByteWriter();
    private final ByteWriter tagSec = new ByteWriter();
    private final ByteWriter globalSec = new ByteWriter();
    private final ByteWriter exportSec = new ByteWriter();
    private final ByteWriter codeSec = new ByteWriter();
    private int importCount, funcCount, tableCount, memCount, tagCount, globalCount, exportCount;
    private long start = -1;
    /** Name-section function name map entries (index, name), in index order. */
    private final ByteWriter funcNames = new ByteWriter();
    private int funcNameCount;
    private final ByteWriter localNames = new ByteWriter();
    private int localNameFuncs;
    private int funcIndex;

    private final String moduleName;

    private ModuleEncoder(String moduleName, List<SExpr.Parens> fields) {
        this.moduleName = moduleName;
        this.fields = fields;
    }

    /** Encodes module fields (the items of a {@code (module ...)} form after its name, which may be null). */
    static byte[] encode(String moduleName, List<SExpr> items) {
        List<SExpr.Parens> fields = new ArrayList<>();
        for (SExpr e : items) {
            if (!(e instanceof SExpr.Parens p)) throw TextErrors.malformed("unexpected token", e);
            fields.add(p);
        }
        return new ModuleEncoder(moduleName, fields).run();
    }

    private byte[] run() {
        declare();
        types.encode();
        for (SExpr.Parens f : fields) field(f);
        return assemble();
    }

    // ---------------------------------------------------------------- pass 1: bind ids

    private void declare() {
        String definedKind = null;
        for (SExpr.Parens f : fields) {
            String head = f.head();
            if (head == null) throw TextErrors.malformed("unexpected token", f);
            Cursor c = Cursor.body(f);
            switch (head) {
                case "type", "rec" -> types.declare(f);
                case "import" -> {
                    if (definedKind != null) throw TextErrors.malformed("import after " + definedKind + " definition", f);
                    c.nextString();
                    c.nextString();
                    SExpr d = c.next();
                    if (!(d instanceof SExpr.Parens desc)) throw TextErrors.malformed("unexpected token", d);
                    String kind = desc.head();
                    IndexSpace space = kind == null ? null : space(kind);
                    if (space == null) throw TextErrors.malformed("unexpected token", desc);
                    Cursor dc = Cursor.body(desc);
                    space.bind(dc.optionalId(), desc);
                }
                case "func", "table", "memory", "global", "tag" -> {
                    IndexSpace space = space(head);
                    String id = c.optionalId();
                    while (c.peekForm("export")) c.next();
                    if (c.peekForm("import")) {
                        if (definedKind != null) {
                            throw TextErrors.malformed("import after " + definedKind + " definition", f);
                        }
                        c.next();
                    } else if (definedKind == null) {
                        definedKind = head.equals("func") ? "function" : head;
                    }
                    space.bind(id, f);
                    if (head.equals("table") && hasInlineElem(c)) scope.elems.bind(null, f);
                    if (head.equals("memory") && hasInlineData(c)) scope.datas.bind(null, f);
                }
                case "elem" -> scope.elems.bind(c.optionalId(), f);
                case "data" -> scope.datas.bind(c.optionalId(), f);
                case "export", "start" -> { }
                default -> throw TextErrors.malformed("unexpected token", f);
            }
        }
    }

    private static boolean hasInlineElem(Cursor c) {
        int save = c.position();
        if (c.peekKeyword("i32") || c.peekKeyword("i64")) c.next();
        boolean r = !c.atEnd() && !c.peekNat() && c.peek(1) instanceof SExpr.Parens p && p.isForm("elem");
        c.reset(save);
        return r;
    }

    private static boolean hasInlineData(Cursor c) {
        int save = c.position();
        if (c.peekKeyword("i32") || c.peekKeyword("i64")) c.next();
        if (c.peekForm("pagesize")) c.next();
        boolean r = c.peekForm("data");
        c.reset(save);
        return r;
    }

    private IndexSpace space(String kind) {
        return switch (kind) {
            case "func" -> scope.funcs;
            case "table" -> scope.tables;
            case "memory" -> scope.memories;
            case "global" -> scope.globals;
            case "tag" -> scope.tags;
            default -> null;
        };
    }

    // ---------------------------------------------------------------- pass 2: fields

    private void field(SExpr.Parens f) {
        Cursor c = Cursor.body(f);
        switch (f.head()) {
            case "type", "rec" -> { }
            case "import" -> {
                String module = ModuleScope.name(c.nextString());
                String name = ModuleScope.name(c.nextString());
                SExpr.Parens desc = c.nextParens();
                c.end();
                Cursor dc = Cursor.body(desc);
                String id = dc.optionalId();
                importDesc(desc.head(), module, name, id, dc);
                dc.end();
            }
            case "func", "table", "memory", "global", "tag" -> definition(f, c);
            case "export" -> {
                String name = ModuleScope.name(c.nextString());
                SExpr.Parens ref = c.nextParens();
                c.end();
                Cursor rc = Cursor.body(ref);
                String kind = ref.head();
                IndexSpace space = kind == null ? null : space(kind);
                if (space == null) throw TextErrors.malformed("unexpected token", ref);
                export(name, kind, space.resolve(rc.nextAtom()));
                rc.end();
            }
            case "start" -> {
                int idx = scope.funcs.resolve(c.nextAtom());
                c.end();
                if (start >= 0) throw TextErrors.malformed("multiple start sections", f);
                start = idx;
            }
            case "elem" -> segments.elem(f, c);
            case "data" -> segments.data(f, c);
            default -> throw TextErrors.malformed("unexpected token", f);
        }
    }

    private void export(String name, String kind, int index) {
        exportSec.name(name).u8(externKind(kind)).u32(index);
        exportCount++;
    }

    private static int externKind(String kind) {
        return switch (kind) {
            case "func" -> 0;
            case "table" -> 1;
            case "memory" -> 2;
            case "global" -> 3;
            default -> 4;
        };
    }

    private void importDesc(String kind, String module, String name, String id, Cursor c) {
        importSec.name(module).name(name).u8(externKind(kind));
        importCount++;
        switch (kind) {
            case "func" -> {
                List<String> pnames = new ArrayList<>();
                ModuleScope.TypeUse tu = scope.typeUse(c, pnames, new ArrayList<>());
                importSec.u32(tu.index());
                nameFunction(id);
                funcIndex++;
            }
            case "table" -> {
                tableType(scope, c, importSec);
                tableIndex++;
            }
            case "memory" -> {
                memoryType(scope, c, importSec);
                memIndex++;
            }
            case "global" -> {
                globalType(scope, c, importSec);
                globalIndex++;
            }
            case "tag" -> {
                importSec.u8(0).u32(scope.typeUse(c, null, null).index());
                tagIndex++;
            }
            default -> throw new IllegalStateException(kind);
        }
    }

    private int tableIndex, memIndex, globalIndex, tagIndex;

    private void definition(SExpr.Parens f, Cursor c) {
        String kind = f.head();
        String id = c.optionalId();
        int index = switch (kind) {
            case "func" -> funcIndex;
            case "table" -> tableIndex;
            case "memory" -> memIndex;
            case "global" -> globalIndex;
            default -> tagIndex;
        };
        while (c.peekForm("export")) {
            Cursor ec = Cursor.body((SExpr.Parens) c.next());
            export(ModuleScope.name(ec.nextString()), kind, index);
            ec.end();
        }
        if (c.peekForm("import")) {
            Cursor ic = Cursor.body((SExpr.Parens) c.next());
            String module = ModuleScope.name(ic.nextString());
            String name = ModuleScope.name(ic.nextString());
            ic.end();
            importDesc(kind, module, name, id, c);
            c.end();
            return; // importDesc advanced the index space
        }
        switch (kind) {
            case "func" -> func(id, c); // advances funcIndex (after naming the function)
            case "table" -> {
                table(c, index);
                tableIndex++;
            }
            case "memory" -> {
                memory(c, index);
                memIndex++;
            }
            case "global" -> {
                globalType(scope, c, globalSec);
                CodeEncoder.constExpr(scope, c, globalSec);
                globalCount++;
                globalIndex++;
            }
            default -> {
                tagSec.u8(0).u32(scope.typeUse(c, null, null).index());
                c.end();
                tagCount++;
                tagIndex++;
            }
        }
    }

    private void func(String id, Cursor c) {
        List<String> pnames = new ArrayList<>();
        List<SExpr> pats = new ArrayList<>();
        ModuleScope.TypeUse tu = scope.typeUse(c, pnames, pats);
        funcSec.u32(tu.index());
        funcCount++;
        IndexSpace locals = new IndexSpace("local");
        List<String> allNames = new ArrayList<>();
        if (pnames.isEmpty() && tu.paramCount() > 0) {
            for (int i = 0; i < tu.paramCount(); i++) {
                locals.bind(null, null);
                allNames.add(null);
            }
        } else {
            for (int i = 0; i < pnames.size(); i++) {
                locals.bind(pnames.get(i), pats.get(i));
                allNames.add(pnames.get(i));
            }
        }
        ByteWriter body = new ByteWriter();
        ByteWriter localDecls = new ByteWriter();
        int groups = 0;
        byte[] lastType = null;
        int run = 0;
        ByteWriter runs = new ByteWriter();
        while (c.peekForm("local")) {
            SExpr.Parens l = (SExpr.Parens) c.next();
            Cursor lc = Cursor.body(l);
            String lid = lc.optionalId();
            if (lid != null && tu.paramCount() < 0) {
                // a named local's index depends on the parameter count of the (bad) type use
                throw TextErrors.malformed(tu.index() >= scope.types.count() ? "unknown type"
                        : "non-function type " + tu.index(), l);
            }
            List<byte[]> ts = new ArrayList<>();
            if (lid != null) {
                ByteWriter t = new ByteWriter();
                scope.valType(lc, t);
                ts.add(t.toByteArray());
            }
            while (lid == null && !lc.atEnd()) {
                ByteWriter t = new ByteWriter();
                scope.valType(lc, t);
                ts.add(t.toByteArray());
            }
            lc.end();
            for (byte[] t : ts) {
                locals.bind(lid, l);
                allNames.add(lid);
                if (lastType != null && java.util.Arrays.equals(lastType, t)) {
                    run++;
                } else {
                    if (lastType != null) {
                        runs.u32(run).bytes(lastType);
                        groups++;
                    }
                    lastType = t;
                    run = 1;
                }
            }
        }
        if (lastType != null) {
            runs.u32(run).bytes(lastType);
            groups++;
        }
        localDecls.u32(groups).bytes(runs);
        CodeEncoder code = new CodeEncoder(scope, locals, body);
        code.instructions(c);
        body.u8(0x0B);
        codeSec.u32(localDecls.size() + body.size()).bytes(localDecls).bytes(body);
        nameFunction(id);
        recordLocalNames(allNames);
        funcIndex++;
    }

    private void nameFunction(String id) {
        if (id == null) return;
        funcNames.u32(funcIndex).name(id);
        funcNameCount++;
    }

    private void recordLocalNames(List<String> names) {
        ByteWriter w = new ByteWriter();
        int n = 0;
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i) != null) {
                w.u32(i).name(names.get(i));
                n++;
            }
        }
        if (n > 0) {
            localNames.u32(funcIndex).u32(n).bytes(w);
            localNameFuncs++;
        }
    }

    /** Reads {@code min max?} into {flags, min, max}, with the address-type flag set. */
    private static void limits(Cursor c, boolean is64, int extraFlags, long[] minMaxOut) {
        SExpr.Atom minAtom = c.nextAtom();
        long min = NumberLiterals.natBits(minAtom, 64);
        boolean hasMax = c.peekNat();
        long max = hasMax ? NumberLiterals.natBits(c.nextAtom(), 64) : 0;
        int flags = (hasMax ? 1 : 0) | (is64 ? 4 : 0) | extraFlags;
        minMaxOut[0] = flags;
        minMaxOut[1] = min;
        minMaxOut[2] = max;
    }

    private static void writeLimits(ByteWriter w, long[] l) {
        w.u8((int) l[0]).u64(l[1]);
        if ((l[0] & 1) != 0) w.u64(l[2]);
    }

    private static boolean addrType(Cursor c) {
        if (c.peekKeyword("i64")) {
            c.next();
            return true;
        }
        if (c.peekKeyword("i32")) c.next();
        return false;
    }

    static void tableType(ModuleScope scope, Cursor c, ByteWriter w) {
        boolean is64 = addrType(c);
        long[] l = new long[3];
        limits(c, is64, 0, l);
        scope.refType(c, w);
        writeLimits(w, l);
    }

    static void memoryType(ModuleScope scope, Cursor c, ByteWriter w) {
        boolean is64 = addrType(c);
        long[] l = new long[3];
        limits(c, is64, 0, l);
        int pageLog2 = -1;
        if (c.peekKeyword("shared")) {
            c.next();
            l[0] |= 2;
        }
        if (c.peekForm("pagesize")) {
            pageLog2 = pageSize(c);
            l[0] |= 8;
        }
        writeLimits(w, l);
        if (pageLog2 >= 0) w.u32(pageLog2);
    }

    /** {@code (pagesize N)} (custom-page-sizes proposal): returns log2 of N, which must be a power of two. */
    private static int pageSize(Cursor c) {
        Cursor pc = Cursor.body(c.nextForm("pagesize"));
        SExpr.Atom ps = pc.nextAtom();
        long size = NumberLiterals.natBits(ps, 64);
        pc.end();
        if (size == 0 || Long.bitCount(size) != 1) throw TextErrors.malformed("invalid custom page size", ps);
        return Long.numberOfTrailingZeros(size);
    }

    static void globalType(ModuleScope scope, Cursor c, ByteWriter w) {
        if (c.peekForm("mut")) {
            Cursor mc = Cursor.body((SExpr.Parens) c.next());
            scope.valType(mc, w);
            mc.end();
            w.u8(1);
        } else {
            scope.valType(c, w);
            w.u8(0);
        }
    }

    private void table(Cursor c, int index) {
        boolean is64 = c.peekKeyword("i64");
        if (hasInlineElem(c)) {
            addrType(c);
            ByteWriter rt = new ByteWriter();
            scope.refType(c, rt);
            Cursor ec = Cursor.body(c.nextForm("elem"));
            c.end();
            ByteWriter items = new ByteWriter();
            int n = segments.elemItems(ec, items, true);
            tableSec.bytes(rt.toByteArray()).u8(is64 ? 5 : 1).u64(n).u64(n);
            tableCount++;
            segments.tableElems(index, is64, rt.toByteArray(), n, items);
            return;
        }
        ByteWriter tt = new ByteWriter();
        tableType(scope, c, tt);
        if (!c.atEnd()) {
            tableSec.u8(0x40).u8(0x00).bytes(tt);
            CodeEncoder.constExpr(scope, c, tableSec);
        } else {
            tableSec.bytes(tt);
        }
        tableCount++;
    }

    private void memory(Cursor c, int index) {
        if (hasInlineData(c)) {
            boolean is64 = addrType(c);
            int pageLog2 = c.peekForm("pagesize") ? pageSize(c) : 16;
            Cursor dc = Cursor.body(c.nextForm("data"));
            c.end();
            ByteWriter bytes = new ByteWriter();
            while (!dc.atEnd()) bytes.bytes(dc.nextString().bytes());
            long pageBytes = 1L << pageLog2;
            long pages = (bytes.size() + pageBytes - 1) / pageBytes;
            memSec.u8((is64 ? 5 : 1) | (pageLog2 != 16 ? 8 : 0)).u64(pages).u64(pages);
            if (pageLog2 != 16) memSec.u32(pageLog2);
            memCount++;
            segments.memoryData(index, is64, bytes);
            return;
        }
        memoryType(scope, c, memSec);
        c.end();
        memCount++;
    }

    // ---------------------------------------------------------------- assembly

    private byte[] assemble() {
        ByteWriter m = new ByteWriter();
        m.bytes(new byte[] {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00});
        int totalTypes = types.entryCount() + scope.implicitTypes.size();
        if (totalTypes > 0) {
            ByteWriter t = new ByteWriter().u32(totalTypes).bytes(types.entries());
            for (byte[] it : scope.implicitTypes) t.bytes(it);
            section(m, 1, t);
        }
        section(m, 2, importCount, importSec);
        section(m, 3, funcCount, funcSec);
        section(m, 4, tableCount, tableSec);
        section(m, 5, memCount, memSec);
        section(m, 13, tagCount, tagSec);
        section(m, 6, globalCount, globalSec);
        section(m, 7, exportCount, exportSec);
        if (start >= 0) section(m, 8, new ByteWriter().u32(start));
        section(m, 9, segments.elemCount, segments.elemSec);
        if (segments.dataCount > 0 || scope.dataIndexUsed) section(m, 12, new ByteWriter().u32(segments.dataCount));
        section(m, 10, funcCount, codeSec);
        section(m, 11, segments.dataCount, segments.dataSec);
        nameSection(m);
        return m.toByteArray();
    }

    private static void section(ByteWriter m, int id, int count, ByteWriter body) {
        if (count == 0) return;
        section(m, id, new ByteWriter().u32(count).bytes(body));
    }

    private static void section(ByteWriter m, int id, ByteWriter content) {
        m.u8(id).u32(content.size()).bytes(content);
    }

    private void nameSection(ByteWriter m) {
        if (moduleName == null && funcNameCount == 0 && localNameFuncs == 0) return;
        ByteWriter content = new ByteWriter().name("name");
        if (moduleName != null) {
            ByteWriter sub = new ByteWriter().name(moduleName);
            content.u8(0).u32(sub.size()).bytes(sub);
        }
        if (funcNameCount > 0) {
            ByteWriter sub = new ByteWriter().u32(funcNameCount).bytes(funcNames);
            content.u8(1).u32(sub.size()).bytes(sub);
        }
        if (localNameFuncs > 0) {
            ByteWriter sub = new ByteWriter().u32(localNameFuncs).bytes(localNames);
            content.u8(2).u32(sub.size()).bytes(sub);
        }
        m.u8(0).u32(content.size()).bytes(content);
    }
}
