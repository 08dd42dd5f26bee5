package dev.weft.engine.internal.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names and types of the module being encoded: one {@link IndexSpace} per index space,
 * per-type field names, and the function signatures needed to resolve type uses (including the
 * implicit types that inline signatures add at the end of the type section).
 */
final class ModuleScope {
    final IndexSpace types = new IndexSpace("type");
    final IndexSpace funcs = new IndexSpace("function");
    final IndexSpace tables = new IndexSpace("table");
    final IndexSpace memories = new IndexSpace("memory");
    final IndexSpace globals = new IndexSpace("global");
    final IndexSpace tags = new IndexSpace("tag");
    final IndexSpace elems = new IndexSpace("elem segment");
    final IndexSpace datas = new IndexSpace("data segment");

    /** Field names per type index (only for struct types with named fields). */
    final Map<Integer, IndexSpace> fieldNames = new HashMap<>();
    /** Signature of each function type by index ({@code null} for non-function types). */
    final List<Signature> signatures = new ArrayList<>();
    /** Signature key to the first index of a plain (final, no supertype, own rec group) function type. */
    private final Map<String, Integer> plainFuncTypes = new HashMap<>();
    /** Encoded entries (0x60 ...) of implicit types, appended after the explicit types. */
    final List<byte[]> implicitTypes = new ArrayList<>();
    /** Set when an instruction refers to a data segment (the binary then needs a data count section). */
    boolean dataIndexUsed;

    /** A function type: its encoded parameter and result vectors. */
    record Signature(byte[] params, byte[] results, int paramCount) {
        String key() {
            return new String(params, StandardCharsets.ISO_8859_1) + "|" + new String(results, StandardCharsets.ISO_8859_1);
        }
    }

    /** Records the signature of explicit type {@code index}; {@code plain} if it can be reused by inline types. */
    void defineSignature(int index, Signature sig, boolean plain) {
        while (signatures.size() <= index) signatures.add(null);
        signatures.set(index, sig);
        if (sig != null && plain) plainFuncTypes.putIfAbsent(sig.key(), index);
    }

    /** The index of the first plain function type with this signature, adding an implicit type if none. */
    int implicitType(Signature sig) {
        Integer i = plainFuncTypes.get(sig.key());
        if (i != null) return i;
        int index = types.bind(null, null);
        ByteWriter w = new ByteWriter().u8(0x60).bytes(sig.params()).bytes(sig.results());
        implicitTypes.add(w.toByteArray());
        defineSignature(index, sig, true);
        return index;
    }

    Signature signature(int typeIndex) {
        return typeIndex >= 0 && typeIndex < signatures.size() ? signatures.get(typeIndex) : null;
    }

    // ---------------------------------------------------------------- value types

    private static int valTypeByte(String kw) {
        return switch (kw) {
            case "i32" -> 0x7F;
            case "i64" -> 0x7E;
            case "f32" -> 0x7D;
            case "f64" -> 0x7C;
            case "v128" -> 0x7B;
            default -> refAbbrev(kw);
        };
    }

    /** Byte of a reference type abbreviation like funcref, or 0. */
    private static int refAbbrev(String kw) {
        return switch (kw) {
            case "funcref" -> 0x70;
            case "externref" -> 0x6F;
            case "anyref" -> 0x6E;
            case "eqref" -> 0x6D;
            case "i31ref" -> 0x6C;
            case "structref" -> 0x6B;
            case "arrayref" -> 0x6A;
            case "exnref" -> 0x69;
            case "nullexnref" -> 0x74;
            case "nullfuncref" -> 0x73;
            case "nullexternref" -> 0x72;
            case "nullref" -> 0x71;
            default -> 0;
        };
    }

    /** Byte of an abstract heap type keyword, or 0. */
    static int absHeapByte(String kw) {
        return switch (kw) {
            case "func" -> 0x70;
            case "extern" -> 0x6F;
            case "any" -> 0x6E;
            case "eq" -> 0x6D;
            case "i31" -> 0x6C;
            case "struct" -> 0x6B;
            case "array" -> 0x6A;
            case "exn" -> 0x69;
            case "noexn" -> 0x74;
            case "nofunc" -> 0x73;
            case "noextern" -> 0x72;
            case "none" -> 0x71;
            default -> 0;
        };
    }

    void valType(Cursor c, ByteWriter out) {
        SExpr e = c.next();
        if (e instanceof SExpr.Atom a && a.kind() == SExpr.Kind.WORD) {
            int b = valTypeByte(a.text());
            if (b != 0) {
                out.u8(b);
                return;
            }
        } else if (e instanceof SExpr.Parens p && p.isForm("ref")) {
            refForm(p, out);
            return;
        }
        throw TextErrors.malformed("unexpected token", e);
    }

    /** A reference type: an abbreviation or {@code (ref null? heaptype)}; returns nullability. */
    boolean refType(Cursor c, ByteWriter out) {
        SExpr e = c.next();
        if (e instanceof SExpr.Atom a && a.kind() == SExpr.Kind.WORD && refAbbrev(a.text()) != 0) {
            out.u8(refAbbrev(a.text()));
            return true;
        }
        if (e instanceof SExpr.Parens p && p.isForm("ref")) return refForm(p, out);
        throw TextErrors.malformed("unexpected token", e);
    }

    /** True if the next item is a reference type. */
    boolean peekRefType(Cursor c) {
        SExpr e = c.peek();
        if (e instanceof SExpr.Atom a) return a.kind() == SExpr.Kind.WORD && refAbbrev(a.text()) != 0;
        return e instanceof SExpr.Parens p && p.isForm("ref");
    }

    private boolean refForm(SExpr.Parens p, ByteWriter out) {
        Cursor rc = Cursor.body(p);
        boolean nullable = false;
        if (rc.peekKeyword("null")) {
            rc.next();
            nullable = true;
        }
        ByteWriter ht = new ByteWriter();
        heapType(rc, ht);
        rc.end();
        byte[] h = ht.toByteArray();
        if (nullable && h.length == 1 && absHeapByteValue(h[0])) {
            out.u8(h[0] & 0xFF); // canonical short form, so equal types encode equally
        } else {
            out.u8(nullable ? 0x63 : 0x64).bytes(h);
        }
        return nullable;
    }

    private static boolean absHeapByteValue(byte b) {
        int v = b & 0xFF;
        return v >= 0x69 && v <= 0x74;
    }

    /** A heap type: abstract keyword or type index (signed LEB). */
    void heapType(Cursor c, ByteWriter out) {
        SExpr.Atom a = c.nextAtom();
        if (a.kind() == SExpr.Kind.WORD && absHeapByte(a.text()) != 0) {
            out.u8(absHeapByte(a.text()));
            return;
        }
        if (a.kind() == SExpr.Kind.WORD && a.text().charAt(0) >= 'a' && a.text().charAt(0) <= 'z') {
            throw TextErrors.malformed("unexpected token", a);
        }
        out.s64(types.resolve(a));
    }

    /** {@code (param ...)*} then {@code (result ...)*}; names of params are returned (null = anonymous). */
    Signature signature(Cursor c, List<String> paramNames, List<SExpr> paramAts) {
        ByteWriter ps = new ByteWriter();
        ByteWriter rs = new ByteWriter();
        int np = 0;
        int nr = 0;
        while (c.peekForm("param")) {
            SExpr.Parens p = (SExpr.Parens) c.next();
            Cursor pc = Cursor.body(p);
            if (pc.peekId()) {
                SExpr.Atom id = (SExpr.Atom) pc.next();
                if (paramNames == null) throw TextErrors.malformed("unexpected token", id);
                valType(pc, ps);
                pc.end();
                paramNames.add(id.text());
                paramAts.add(id);
                np++;
            } else {
                while (!pc.atEnd()) {
                    valType(pc, ps);
                    if (paramNames != null) {
                        paramNames.add(null);
                        paramAts.add(p);
                    }
                    np++;
                }
            }
        }
        while (c.peekForm("result")) {
            Cursor rc = Cursor.body((SExpr.Parens) c.next());
            while (!rc.atEnd()) {
                valType(rc, rs);
                nr++;
            }
        }
        ByteWriter pv = new ByteWriter().u32(np).bytes(ps);
        ByteWriter rv = new ByteWriter().u32(nr).bytes(rs);
        return new Signature(pv.toByteArray(), rv.toByteArray(), np);
    }

    /** A resolved type use: the type index and the parameter count (-1 if not a known function type). */
    record TypeUse(int index, int paramCount) {}

    /**
     * {@code (type x)? (param ...)* (result ...)*}. With both an explicit type and an inline
     * signature they must agree; without an explicit type the signature becomes an implicit type.
     */
    TypeUse typeUse(Cursor c, List<String> paramNames, List<SExpr> paramAts) {
        Integer explicit = null;
        SExpr typeAt = null;
        if (c.peekForm("type")) {
            SExpr.Parens t = (SExpr.Parens) c.next();
            typeAt = t;
            Cursor tc = Cursor.body(t);
            explicit = types.resolve(tc.nextAtom());
            tc.end();
        }
        boolean hasInline = c.peekForm("param") || c.peekForm("result");
        Signature sig = signature(c, paramNames, paramAts);
        if (c.peekForm("param") || c.peekForm("result") || c.peekForm("type")) {
            throw TextErrors.malformed("unexpected token", c.peek()); // out of order
        }
        if (explicit != null) {
            Signature known = signature(explicit);
            if (hasInline) {
                if (explicit >= types.count()) throw TextErrors.malformed("unknown type", typeAt);
                if (known == null || !known.key().equals(sig.key())) {
                    throw TextErrors.malformed("inline function type does not match explicit type", typeAt);
                }
            }
            return new TypeUse(explicit, known == null ? -1 : known.paramCount());
        }
        return new TypeUse(implicitType(sig), sig.paramCount());
    }

    /** Decodes a string token as a UTF-8 name. */
    static String name(SExpr.Atom s) {
        return SExprReader.utf8(s.bytes(), s.line(), s.column());
    }
}
