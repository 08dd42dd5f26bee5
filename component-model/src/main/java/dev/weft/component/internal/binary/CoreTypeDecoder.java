package dev.weft.component.internal.binary;

import dev.weft.component.internal.model.CoreCompositeType;
import dev.weft.component.internal.model.CoreExternType;
import dev.weft.component.internal.model.CoreLimits;
import dev.weft.component.internal.model.CoreSubType;
import dev.weft.component.internal.model.CoreType;
import dev.weft.component.internal.model.CoreValType;
import dev.weft.component.internal.model.ModuleDecl;
import java.util.ArrayList;
import java.util.List;

/** Reads the core-wasm parts of a component: core type definitions, module types, core extern types. */
final class CoreTypeDecoder {
    private CoreTypeDecoder() {}

    /** {@code core:type}: a recursion group, a sub type (non-final ones prefixed by 0x00) or a module type. */
    static CoreType coreType(ByteReader r) {
        int at = r.pos();
        int b = r.peek();
        switch (b) {
            case 0x4e -> {
                r.u8();
                int n = r.count();
                List<CoreSubType> subs = new ArrayList<>(n);
                for (int i = 0; i < n; i++) subs.add(subType(r, true));
                return new CoreType.Rec(subs);
            }
            case 0x00 -> {
                r.u8();
                int b2 = r.u8();
                if (b2 != 0x50) throw r.badByte(b2, "non-final sub type", at + 1);
                return new CoreType.Rec(List.of(new CoreSubType(false, typeIndices(r), composite(r))));
            }
            case 0x50 -> {
                r.u8();
                int n = r.count();
                List<ModuleDecl> decls = new ArrayList<>(n);
                for (int i = 0; i < n; i++) decls.add(moduleDecl(r));
                return new CoreType.Module(decls);
            }
            default -> {
                return new CoreType.Rec(List.of(subType(r, false)));
            }
        }
    }

    private static CoreSubType subType(ByteReader r, boolean inRec) {
        int b = r.peek();
        if (b == 0x4f || (inRec && b == 0x50)) {
            r.u8();
            return new CoreSubType(b == 0x4f, typeIndices(r), composite(r));
        }
        return new CoreSubType(true, List.of(), composite(r));
    }

    private static List<Integer> typeIndices(ByteReader r) {
        int n = r.count();
        List<Integer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(r.index());
        return out;
    }

    private static CoreCompositeType composite(ByteReader r) {
        int at = r.pos();
        int b = r.u8();
        return switch (b) {
            case 0x60 -> new CoreCompositeType.Func(valTypes(r), valTypes(r));
            case 0x5f -> {
                int n = r.count();
                List<CoreCompositeType.Field> fields = new ArrayList<>(n);
                for (int i = 0; i < n; i++) fields.add(field(r));
                yield new CoreCompositeType.Struct(fields);
            }
            case 0x5e -> new CoreCompositeType.Array(field(r));
            default -> throw r.badByte(b, "type definition", at);
        };
    }

    private static CoreCompositeType.Field field(ByteReader r) {
        int at = r.pos();
        int b = r.peek();
        CoreValType t;
        if (b == CoreValType.I8 || b == CoreValType.I16) {
            r.u8();
            t = CoreValType.numeric(b);
        } else {
            t = valType(r);
        }
        int m = r.u8();
        if (m > 1) throw r.malformed("malformed mutability", at);
        return new CoreCompositeType.Field(t, m == 1);
    }

    private static List<CoreValType> valTypes(ByteReader r) {
        int n = r.count();
        List<CoreValType> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(valType(r));
        return out;
    }

    /** {@code core:valtype}, including the reference-type abbreviations. */
    static CoreValType valType(ByteReader r) {
        int at = r.pos();
        int b = r.u8();
        return switch (b) {
            case 0x7f, 0x7e, 0x7d, 0x7c, 0x7b -> CoreValType.numeric(b);
            case 0x64, 0x63 -> new CoreValType(CoreValType.REF, b == 0x63, heapType(r));
            case 0x70, 0x6f, 0x6e, 0x6d, 0x6c, 0x6b, 0x6a, 0x69, 0x71, 0x72, 0x73, 0x74 ->
                    new CoreValType(CoreValType.REF, true, -b);
            default -> throw r.badByte(b, "value type", at);
        };
    }

    private static int heapType(ByteReader r) {
        int at = r.pos();
        long v = r.s33();
        if (v >= 0) {
            if (v > Integer.MAX_VALUE) throw r.malformed("integer too large", at);
            return (int) v;
        }
        int code = (int) (v & 0x7f);
        if (v < -64 || !(code >= 0x69 && code <= 0x74)) throw r.badByte((int) (v & 0x7f), "heap type", at);
        return -code;
    }

    private static ModuleDecl moduleDecl(ByteReader r) {
        int at = r.pos();
        int b = r.u8();
        return switch (b) {
            case 0x00 -> new ModuleDecl.Import(r.name(), r.name(), externType(r));
            case 0x01 -> new ModuleDecl.TypeDecl(coreType(r));
            case 0x02 -> {
                int kAt = r.pos();
                int kind = r.u8();
                if (kind != 0x10) throw r.badByte(kind, "outer alias kind", kAt);
                int tAt = r.pos();
                int target = r.u8();
                if (target != 0x01) throw r.badByte(target, "outer alias target", tAt);
                yield new ModuleDecl.OuterAlias(r.index(), r.index());
            }
            case 0x03 -> new ModuleDecl.Export(r.name(), externType(r));
            default -> throw r.badByte(b, "type definition", at);
        };
    }

    /** {@code core:externtype}. */
    static CoreExternType externType(ByteReader r) {
        int at = r.pos();
        int b = r.u8();
        return switch (b) {
            case 0x00 -> new CoreExternType.Func(r.index());
            case 0x01 -> {
                CoreValType elem = valType(r);
                if (!elem.isRef()) throw r.malformed("malformed reference type", at + 1);
                yield new CoreExternType.Table(elem, limits(r));
            }
            case 0x02 -> new CoreExternType.Memory(limits(r));
            case 0x03 -> {
                CoreValType t = valType(r);
                int m = r.u8();
                if (m > 1) throw r.malformed("malformed mutability", r.pos() - 1);
                yield new CoreExternType.Global(t, m == 1);
            }
            case 0x04 -> {
                int attr = r.u8();
                if (attr != 0) throw r.badByte(attr, "tag attribute", r.pos() - 1);
                yield new CoreExternType.Tag(r.index());
            }
            default -> throw r.badByte(b, "external kind", at);
        };
    }

    static CoreLimits limits(ByteReader r) {
        int at = r.pos();
        int flags = r.u8();
        if (flags > 0x0f) throw r.malformed("malformed limits flags", at);
        boolean hasMax = (flags & 1) != 0, shared = (flags & 2) != 0, is64 = (flags & 4) != 0;
        long min = is64 ? r.u64() : Integer.toUnsignedLong(r.u32());
        long max = hasMax ? (is64 ? r.u64() : Integer.toUnsignedLong(r.u32())) : -1;
        if ((flags & 8) != 0) r.u32(); // custom page size: log2 of the page size, not needed here
        return new CoreLimits(min, max, is64, shared);
    }
}
