package dev.weft.engine.internal.text;

import java.util.List;

/**
 * Element and data segments: the {@code elem} and {@code data} fields in all their forms, and
 * the active segments implied by {@code (table ... (elem ...))} and {@code (memory (data ...))}.
 */
final class Segments {
    private final ModuleScope scope;
    final ByteWriter elemSec = new ByteWriter();
    final ByteWriter dataSec = new ByteWriter();
    int elemCount;
    int dataCount;

    Segments(ModuleScope scope) { this.scope = scope; }

    /** The active segment of {@code (table $t reftype (elem ...))}: explicit table, expressions. */
    void tableElems(int table, boolean is64, byte[] refType, int n, ByteWriter items) {
        elemSec.u8(6).u32(table);
        zeroOffset(elemSec, is64);
        elemSec.bytes(refType).u32(n).bytes(items);
        elemCount++;
    }

    /** The active segment of {@code (memory (data ...))} at offset 0. */
    void memoryData(int memory, boolean is64, ByteWriter bytes) {
        if (memory == 0) {
            dataSec.u8(0);
        } else {
            dataSec.u8(2).u32(memory);
        }
        zeroOffset(dataSec, is64);
        dataSec.u32(bytes.size()).bytes(bytes);
        dataCount++;
    }

    /**
     * The items of an expression-form segment, each written as a constant expression: {@code (item ...)},
     * a folded instruction, or (if {@code allowIndices}, as in table abbreviations) a function index.
     * Returns the count.
     */
    int elemItems(Cursor c, ByteWriter out, boolean allowIndices) {
        int n = 0;
        while (!c.atEnd()) {
            if (c.peekIndex()) {
                if (!allowIndices) throw TextErrors.malformed("unexpected token", c.peek());
                out.u8(0xD2).u32(scope.funcs.resolve(c.nextAtom())).u8(0x0B);
            } else {
                SExpr.Parens p = c.nextParens();
                ByteWriter e = new ByteWriter();
                if (p.isForm("item")) {
                    CodeEncoder.constExpr(scope, Cursor.body(p), e);
                } else {
                    CodeEncoder.constExpr(scope, new Cursor(List.of(p), p, 0), e);
                }
                out.bytes(e);
            }
            n++;
        }
        return n;
    }

    /** An {@code (elem ...)} field; {@code c} is after the head keyword. */
    void elem(SExpr.Parens f, Cursor c) {
        c.optionalId();
        int mode; // 0 active, 1 passive, 2 declarative
        int table = -1;
        ByteWriter offset = null;
        if (c.peekKeyword("declare")) {
            c.next();
            mode = 2;
        } else {
            if (c.peekForm("table")) {
                Cursor tc = Cursor.body((SExpr.Parens) c.next());
                table = scope.tables.resolve(tc.nextAtom());
                tc.end();
            } else if (c.peekNat() && c.peek(1) instanceof SExpr.Parens) {
                table = scope.tables.resolve(c.nextAtom()); // older form: a bare table index
            }
            if (c.peekForm("offset")) {
                offset = new ByteWriter();
                CodeEncoder.constExpr(scope, Cursor.body((SExpr.Parens) c.next()), offset);
                mode = 0;
            } else if (c.peek() instanceof SExpr.Parens p && !p.isForm("ref") && !p.isForm("item")) {
                offset = new ByteWriter();
                c.next();
                CodeEncoder.constExpr(scope, new Cursor(List.of(p), p, 0), offset);
                mode = 0;
            } else {
                if (table >= 0) throw TextErrors.malformed("unexpected token", c.atEnd() ? f : c.peek());
                mode = 1;
            }
        }
        // element list: "func idx*", "reftype expr*", or (legacy, active only) "idx*"
        boolean indices;
        ByteWriter rt = new ByteWriter();
        if (c.peekKeyword("func")) {
            c.next();
            indices = true;
        } else if (scope.peekRefType(c)) {
            scope.refType(c, rt);
            indices = false;
        } else {
            indices = true;
        }
        ByteWriter items = new ByteWriter();
        int n = 0;
        if (indices) {
            while (!c.atEnd()) {
                items.u32(scope.funcs.resolve(c.nextAtom()));
                n++;
            }
        } else {
            n = elemItems(c, items, false);
        }
        int flags;
        if (indices) {
            flags = mode == 1 ? 1 : mode == 2 ? 3 : table >= 0 ? 2 : 0;
        } else {
            flags = mode == 1 ? 5 : mode == 2 ? 7 : table >= 0 || rt.size() != 1 || rt.toByteArray()[0] != 0x70 ? 6 : 4;
        }
        elemSec.u8(flags);
        if (flags == 2 || flags == 6) elemSec.u32(Math.max(table, 0));
        if (offset != null) elemSec.bytes(offset);
        if (indices) {
            if (flags != 0) elemSec.u8(0x00);
        } else if (flags != 4) {
            elemSec.bytes(rt);
        }
        elemSec.u32(n).bytes(items);
        elemCount++;
    }

    /** A {@code (data ...)} field; {@code c} is after the head keyword. */
    void data(SExpr.Parens f, Cursor c) {
        c.optionalId();
        int mem = -1;
        ByteWriter offset = null;
        if (c.peekForm("memory")) {
            Cursor mc = Cursor.body((SExpr.Parens) c.next());
            mem = scope.memories.resolve(mc.nextAtom());
            mc.end();
        } else if (c.peekNat() && c.peek(1) instanceof SExpr.Parens) {
            mem = scope.memories.resolve(c.nextAtom()); // older form: a bare memory index
        }
        if (c.peekForm("offset")) {
            offset = new ByteWriter();
            CodeEncoder.constExpr(scope, Cursor.body((SExpr.Parens) c.next()), offset);
        } else if (c.peek() instanceof SExpr.Parens p) {
            offset = new ByteWriter();
            c.next();
            CodeEncoder.constExpr(scope, new Cursor(List.of(p), p, 0), offset);
        } else if (mem >= 0) {
            throw TextErrors.malformed("unexpected token", c.atEnd() ? f : c.peek());
        }
        ByteWriter bytes = new ByteWriter();
        while (!c.atEnd()) bytes.bytes(c.nextString().bytes());
        if (offset == null) {
            dataSec.u8(1);
        } else if (mem <= 0) {
            dataSec.u8(0).bytes(offset);
        } else {
            dataSec.u8(2).u32(mem).bytes(offset);
        }
        dataSec.u32(bytes.size()).bytes(bytes);
        dataCount++;
    }

    static void zeroOffset(ByteWriter w, boolean is64) {
        w.u8(is64 ? 0x42 : 0x41).u8(0).u8(0x0B);
    }
}
