package dev.weft.engine.internal.text;

import dev.weft.engine.internal.decode.Op;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Encodes instruction sequences (function bodies and constant expressions) in flat or folded
 * form. Opcodes and immediate shapes come from {@link Op}; this class only knows the text syntax
 * of each immediate shape, label scoping and the folded/flat block forms.
 */
final class CodeEncoder {
    private final ModuleScope scope;
    /** Parameter and local names (empty in constant expressions, where local.get is invalid anyway). */
    private final IndexSpace locals;
    /** Label names from outermost (the function body) to innermost; null = anonymous. */
    private final List<String> labels = new ArrayList<>();
    private final ByteWriter out;

    CodeEncoder(ModuleScope scope, IndexSpace locals, ByteWriter out) {
        this.scope = scope;
        this.locals = locals;
        this.out = out;
        labels.add(null);
    }

    /** Encodes a constant expression (the remaining items of {@code c}) and its final {@code end}. */
    static void constExpr(ModuleScope scope, Cursor c, ByteWriter out) {
        new CodeEncoder(scope, new IndexSpace("local"), out).instructions(c);
        out.u8(0x0B);
    }

    /**
     * Encodes all remaining items of {@code c} as instructions. Flat blocks ({@code block … end})
     * nest on an explicit stack, so code printed unfolded may nest arbitrarily deep; only folded
     * forms recurse, and the reader bounds their depth.
     */
    void instructions(Cursor c) {
        Deque<FlatBlock> open = new ArrayDeque<>();
        while (true) {
            FlatBlock top = open.peek();
            if (c.atEnd()) {
                if (top != null) throw TextErrors.malformed("unexpected token", top.keyword);
                return;
            }
            if (top != null && c.peekKeyword("end")) {
                c.next();
                endLabel(c, top.label);
                labels.removeLast();
                out.u8(0x0B);
                open.pop();
                continue;
            }
            if (top != null && c.peekKeyword("else") && top.keyword.text().equals("if") && !top.sawElse) {
                c.next();
                endLabel(c, top.label);
                out.u8(0x05);
                top.sawElse = true;
                continue;
            }
            SExpr e = c.next();
            if (e instanceof SExpr.Parens p) {
                folded(p);
                continue;
            }
            SExpr.Atom a = (SExpr.Atom) e;
            if (a.kind() != SExpr.Kind.WORD) throw TextErrors.malformed("unexpected token", a);
            switch (a.text()) {
                case "block", "loop", "if", "try_table" -> {
                    FlatBlock b = new FlatBlock(a, c.optionalId());
                    blockHeader(a, c, out);
                    labels.add(b.label);
                    open.push(b);
                }
                case "end", "else", "then", "catch", "catch_all", "delegate" ->
                        throw TextErrors.malformed("unexpected token", a);
                default -> plain(a, c, out);
            }
        }
    }

    // ---------------------------------------------------------------- blocks

    /** A flat block whose {@code end} is still to come. */
    private static final class FlatBlock {
        final SExpr.Atom keyword;
        final String label;
        boolean sawElse;

        FlatBlock(SExpr.Atom keyword, String label) {
            this.keyword = keyword;
            this.label = label;
        }
    }

    private static void endLabel(Cursor c, String label) {
        if (c.peekId()) {
            SExpr.Atom id = (SExpr.Atom) c.next();
            if (!id.text().equals(label)) throw TextErrors.malformed("mismatching label", id);
        }
    }

    /** Opcode, block type and (for try_table) catch clauses; labels in clauses see the outer scope. */
    private void blockHeader(SExpr.Atom kw, Cursor c, ByteWriter w) {
        int op = Op.byName(kw.text());
        w.u8(op);
        blockType(c, w);
        if (op == Op.TRY_TABLE) {
            ByteWriter clauses = new ByteWriter();
            int n = 0;
            while (true) {
                SExpr next = c.peek();
                if (!(next instanceof SExpr.Parens p)) break;
                String h = p.head();
                int kind;
                if ("catch".equals(h)) kind = 0;
                else if ("catch_ref".equals(h)) kind = 1;
                else if ("catch_all".equals(h)) kind = 2;
                else if ("catch_all_ref".equals(h)) kind = 3;
                else break;
                c.next();
                Cursor cc = Cursor.body(p);
                clauses.u8(kind);
                if (kind < 2) clauses.u32(scope.tags.resolve(cc.nextAtom()));
                clauses.u32(label(cc.nextAtom()));
                cc.end();
                n++;
            }
            w.u32(n).bytes(clauses);
        }
    }

    private void blockType(Cursor c, ByteWriter w) {
        if (c.peekForm("type")) {
            ModuleScope.TypeUse tu = scope.typeUse(c, null, null);
            w.s64(tu.index());
            return;
        }
        ModuleScope.Signature sig = scope.signature(c, null, null);
        if (sig.paramCount() == 0 && sig.results().length == 1) {
            w.u8(0x40);
        } else if (sig.paramCount() == 0 && sig.results()[0] == 1) {
            w.bytes(sig.results(), 1, sig.results().length - 1);
        } else {
            w.s64(scope.implicitType(sig));
        }
    }

    private void folded(SExpr.Parens p) {
        Cursor c = Cursor.body(p);
        if (p.size() == 0 || !(p.get(0) instanceof SExpr.Atom kw) || kw.kind() != SExpr.Kind.WORD) {
            throw TextErrors.malformed("unexpected token", p);
        }
        switch (kw.text()) {
            case "block", "loop", "try_table" -> {
                String label = c.optionalId();
                blockHeader(kw, c, out);
                labels.add(label);
                instructions(c);
                labels.removeLast();
                out.u8(0x0B);
            }
            case "if" -> foldedIf(kw, c);
            case "then", "else", "end", "catch", "catch_all", "delegate" ->
                    throw TextErrors.malformed("unexpected token", kw);
            default -> {
                ByteWriter instr = new ByteWriter();
                plain(kw, c, instr);
                while (!c.atEnd()) {
                    SExpr operand = c.next();
                    if (!(operand instanceof SExpr.Parens op)) throw TextErrors.malformed("unexpected token", operand);
                    folded(op);
                }
                out.bytes(instr);
            }
        }
    }

    private void foldedIf(SExpr.Atom kw, Cursor c) {
        String label = c.optionalId();
        ByteWriter header = new ByteWriter();
        header.u8(0x04);
        blockType(c, header);
        while (!c.atEnd() && !c.peekForm("then")) {
            SExpr cond = c.next();
            if (!(cond instanceof SExpr.Parens cp)) throw TextErrors.malformed("unexpected token", cond);
            folded(cp);
        }
        out.bytes(header);
        labels.add(label);
        if (c.atEnd()) throw TextErrors.malformed("unexpected token", kw);
        instructions(Cursor.body(c.nextForm("then")));
        if (c.peekForm("else")) {
            out.u8(0x05);
            instructions(Cursor.body(c.nextForm("else")));
        }
        c.end();
        labels.removeLast();
        out.u8(0x0B);
    }

    // ---------------------------------------------------------------- plain instructions

    private int label(SExpr.Atom a) {
        if (a.kind() == SExpr.Kind.ID) {
            for (int i = labels.size() - 1; i >= 0; i--) {
                if (a.text().equals(labels.get(i))) return labels.size() - 1 - i;
            }
            throw TextErrors.malformed("unknown label $" + a.text(), a);
        }
        return (int) NumberLiterals.natBits(a, 32);
    }

    private static void opcode(ByteWriter w, int op) {
        if (op > 0xFF) {
            w.u8(op >>> 16).u32(op & 0xFFFF);
        } else {
            w.u8(op);
        }
    }

    private void plain(SExpr.Atom kw, Cursor c, ByteWriter w) {
        String name = kw.text();
        int op = Op.byName(name);
        if (op < 0 || name.equals("block") || name.equals("loop") || name.equals("if") || name.equals("try_table")) {
            throw TextErrors.malformed(Keywords.isGrammar(name) ? "unexpected token" : "unknown operator " + name, kw);
        }
        if (op == Op.SELECT) {
            if (c.peekForm("result")) {
                ByteWriter ts = new ByteWriter();
                int n = 0;
                while (c.peekForm("result")) {
                    Cursor rc = Cursor.body((SExpr.Parens) c.next());
                    while (!rc.atEnd()) {
                        scope.valType(rc, ts);
                        n++;
                    }
                }
                w.u8(Op.SELECT_T).u32(n).bytes(ts);
            } else {
                w.u8(Op.SELECT);
            }
            return;
        }
        Op.Imm imm = Op.immediates(op);
        switch (imm) {
            case REFTYPE -> {
                ByteWriter rt = new ByteWriter();
                boolean nullable = scope.refType(c, rt);
                opcode(w, nullable ? op + 1 : op);
                w.bytes(heapOf(rt.toByteArray()));
                return;
            }
            default -> opcode(w, op);
        }
        switch (imm) {
            case NONE -> { }
            case LABEL -> w.u32(label(c.nextAtom()));
            case BR_TABLE -> {
                List<Integer> ls = new ArrayList<>();
                ls.add(label(c.nextAtom()));
                while (c.peekIndex()) ls.add(label(c.nextAtom()));
                w.u32(ls.size() - 1);
                for (int l : ls) w.u32(l);
            }
            case FUNC -> w.u32(scope.funcs.resolve(c.nextAtom()));
            case TYPE -> w.u32(scope.types.resolve(c.nextAtom()));
            case CALL_INDIRECT -> {
                int table = c.peekIndex() ? scope.tables.resolve(c.nextAtom()) : 0;
                ModuleScope.TypeUse tu = scope.typeUse(c, null, null);
                w.u32(tu.index()).u32(table);
            }
            case LOCAL -> w.u32(locals.resolve(c.nextAtom()));
            case GLOBAL -> w.u32(scope.globals.resolve(c.nextAtom()));
            case TABLE -> w.u32(c.peekIndex() ? scope.tables.resolve(c.nextAtom()) : 0);
            case TABLE_TABLE -> {
                if (c.peekIndex()) {
                    w.u32(scope.tables.resolve(c.nextAtom()));
                    w.u32(scope.tables.resolve(c.nextAtom()));
                } else {
                    w.u32(0).u32(0);
                }
            }
            case MEMORY -> w.u32(c.peekIndex() ? scope.memories.resolve(c.nextAtom()) : 0);
            case MEMORY_MEMORY -> {
                if (c.peekIndex()) {
                    w.u32(scope.memories.resolve(c.nextAtom()));
                    w.u32(scope.memories.resolve(c.nextAtom()));
                } else {
                    w.u32(0).u32(0);
                }
            }
            case MEMARG -> memarg(name, c, w, c.peekIndex());
            case MEMARG_LANE -> {
                boolean hasMemory = c.peekId();
                if (!hasMemory && c.peekNat()) {
                    // "N offset=.. align=.. lane": the first number is a memory index only if a lane follows
                    int save = c.position();
                    c.next();
                    while (c.peek() instanceof SExpr.Atom a && a.kind() == SExpr.Kind.WORD
                            && (a.text().startsWith("offset=") || a.text().startsWith("align="))) {
                        c.next();
                    }
                    hasMemory = c.peekNat();
                    c.reset(save);
                }
                memarg(name, c, w, hasMemory);
                w.u8(lane(c.nextAtom()));
            }
            case LANE -> w.u8(lane(c.nextAtom()));
            case I32 -> w.s64((int) NumberLiterals.intBits(c.nextAtom(), 32));
            case I64 -> w.s64(NumberLiterals.intBits(c.nextAtom(), 64));
            case F32 -> w.f32(NumberLiterals.f32Bits(c.nextAtom()));
            case F64 -> w.f64(NumberLiterals.f64Bits(c.nextAtom()));
            case V128 -> v128(c, w);
            case SHUFFLE -> {
                List<SExpr.Atom> lanes = numbers(c);
                if (lanes.size() != 16) throw TextErrors.malformed("invalid lane length", kw);
                for (SExpr.Atom a : lanes) {
                    BigInteger v = NumberLiterals.parseNat(a.text());
                    if (v == null || v.bitLength() > 8) throw TextErrors.malformed("i8 constant out of range", a);
                    w.u8(v.intValue());
                }
            }
            case HEAPTYPE -> scope.heapType(c, w);
            case BR_ON_CAST -> {
                int l = label(c.nextAtom());
                ByteWriter t1 = new ByteWriter();
                ByteWriter t2 = new ByteWriter();
                boolean n1 = scope.refType(c, t1);
                boolean n2 = scope.refType(c, t2);
                w.u8((n1 ? 1 : 0) | (n2 ? 2 : 0)).u32(l);
                w.bytes(heapOf(t1.toByteArray())).bytes(heapOf(t2.toByteArray()));
            }
            case TYPE_FIELD -> {
                int t = scope.types.resolve(c.nextAtom());
                w.u32(t);
                SExpr.Atom f = c.nextAtom();
                if (f.kind() == SExpr.Kind.ID) {
                    IndexSpace fields = scope.fieldNames.get(t);
                    if (fields == null) throw TextErrors.malformed("unknown field $" + f.text(), f);
                    w.u32(fields.resolve(f));
                } else {
                    w.u32(NumberLiterals.natBits(f, 32));
                }
            }
            case TYPE_N -> {
                w.u32(scope.types.resolve(c.nextAtom()));
                w.u32(NumberLiterals.natBits(c.nextAtom(), 32));
            }
            case TYPE_DATA -> {
                w.u32(scope.types.resolve(c.nextAtom()));
                w.u32(scope.datas.resolve(c.nextAtom()));
                scope.dataIndexUsed = true;
            }
            case TYPE_ELEM -> {
                w.u32(scope.types.resolve(c.nextAtom()));
                w.u32(scope.elems.resolve(c.nextAtom()));
            }
            case TYPE_TYPE -> {
                w.u32(scope.types.resolve(c.nextAtom()));
                w.u32(scope.types.resolve(c.nextAtom()));
            }
            case DATA -> {
                w.u32(scope.datas.resolve(c.nextAtom()));
                scope.dataIndexUsed = true;
            }
            case ELEM -> w.u32(scope.elems.resolve(c.nextAtom()));
            case ELEM_TABLE -> {
                SExpr.Atom first = c.nextAtom();
                if (c.peekIndex()) {
                    int table = scope.tables.resolve(first);
                    w.u32(scope.elems.resolve(c.nextAtom())).u32(table);
                } else {
                    w.u32(scope.elems.resolve(first)).u32(0);
                }
            }
            case DATA_MEMORY -> {
                SExpr.Atom first = c.nextAtom();
                if (c.peekIndex()) {
                    int mem = scope.memories.resolve(first);
                    w.u32(scope.datas.resolve(c.nextAtom())).u32(mem);
                } else {
                    w.u32(scope.datas.resolve(first)).u32(0);
                }
                scope.dataIndexUsed = true;
            }
            case TAG -> w.u32(scope.tags.resolve(c.nextAtom()));
            default -> throw TextErrors.malformed("unknown operator " + name, kw);
        }
    }

    /** The heap-type part of an encoded reference type. */
    private static byte[] heapOf(byte[] rt) {
        if (rt.length == 1) return rt;
        return java.util.Arrays.copyOfRange(rt, 1, rt.length);
    }

    /** The run of number tokens at the cursor (for lane lists, whose length is checked first). */
    static List<SExpr.Atom> numbers(Cursor c) {
        List<SExpr.Atom> out = new ArrayList<>();
        while (c.peek() instanceof SExpr.Atom a && a.kind() == SExpr.Kind.WORD
                && NumberLiterals.isNumberSyntax(a.text())) {
            out.add((SExpr.Atom) c.next());
        }
        return out;
    }

    private static int lane(SExpr.Atom a) {
        long v = NumberLiterals.natBits(a, 32);
        if (v > 255) throw TextErrors.malformed("i8 constant out of range", a);
        return (int) v;
    }

    private void memarg(String name, Cursor c, ByteWriter w, boolean hasMemory) {
        int mem = hasMemory ? scope.memories.resolve(c.nextAtom()) : 0;
        long offset = 0;
        int alignLog2 = naturalAlignLog2(name);
        if (c.peek() instanceof SExpr.Atom a && a.kind() == SExpr.Kind.WORD && a.text().startsWith("offset=")) {
            c.next();
            offset = keywordNumber(a, 7).longValue();
        }
        if (c.peek() instanceof SExpr.Atom a && a.kind() == SExpr.Kind.WORD && a.text().startsWith("align=")) {
            c.next();
            BigInteger v = keywordNumber(a, 6);
            if (v.signum() == 0 || v.bitCount() != 1) {
                throw TextErrors.malformed("alignment must be a power of two", a);
            }
            alignLog2 = v.getLowestSetBit();
        }
        if (mem != 0) {
            w.u32(alignLog2 | 0x40).u32(mem);
        } else {
            w.u32(alignLog2);
        }
        w.u64(offset);
    }

    private static BigInteger keywordNumber(SExpr.Atom a, int prefixLength) {
        BigInteger v = NumberLiterals.parseNat(a.text().substring(prefixLength));
        if (v == null) throw TextErrors.malformed("unknown operator", a);
        if (v.bitLength() > 64) throw TextErrors.malformed("i64 constant out of range", a);
        return v;
    }

    /** log2 of the access width of a load/store, read off its name (e.g. i64.load32_u = 4 bytes). */
    static int naturalAlignLog2(String name) {
        int dot = name.indexOf('.');
        int i = name.indexOf("load", dot);
        int k = i >= 0 ? i + 4 : name.indexOf("store", dot) + 5;
        int bits = 0;
        int j = k;
        while (j < name.length() && Character.isDigit(name.charAt(j))) j++;
        if (j > k) {
            bits = Integer.parseInt(name.substring(k, j));
            if (j < name.length() && name.charAt(j) == 'x') {
                int m = j + 1;
                while (m < name.length() && Character.isDigit(name.charAt(m))) m++;
                bits *= Integer.parseInt(name.substring(j + 1, m));
            }
        } else {
            String t = name.substring(0, dot);
            bits = switch (t) {
                case "i32", "f32" -> 32;
                case "i64", "f64" -> 64;
                default -> 128;
            };
        }
        return Integer.numberOfTrailingZeros(bits / 8);
    }

    private void v128(Cursor c, ByteWriter w) {
        SExpr.Atom shape = c.nextAtom();
        byte[] bytes = V128Literal.parse(shape, c);
        w.bytes(bytes);
    }
}
