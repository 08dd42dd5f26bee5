package dev.weft.component.internal.binary;

import dev.weft.component.Type;
import dev.weft.component.internal.model.Alias;
import dev.weft.component.internal.model.Decl;
import dev.weft.component.internal.model.DefType;
import dev.weft.component.internal.model.DefValType;
import dev.weft.component.internal.model.ExternDesc;
import dev.weft.component.internal.model.ExternName;
import dev.weft.component.internal.model.LabeledValType;
import dev.weft.component.internal.model.ValType;
import java.util.ArrayList;
import java.util.List;

/** Reads component-level types: defined types, value types, extern types and names. */
final class TypeDecoder {
    private TypeDecoder() {}

    /** The primitive with this {@code primvaltype} code, or null. */
    static Type.Primitive primitive(int code) {
        return switch (code) {
            case 0x7f -> Type.Primitive.BOOL;
            case 0x7e -> Type.Primitive.S8;
            case 0x7d -> Type.Primitive.U8;
            case 0x7c -> Type.Primitive.S16;
            case 0x7b -> Type.Primitive.U16;
            case 0x7a -> Type.Primitive.S32;
            case 0x79 -> Type.Primitive.U32;
            case 0x78 -> Type.Primitive.S64;
            case 0x77 -> Type.Primitive.U64;
            case 0x76 -> Type.Primitive.F32;
            case 0x75 -> Type.Primitive.F64;
            case 0x74 -> Type.Primitive.CHAR;
            case 0x73 -> Type.Primitive.STRING;
            case 0x64 -> Type.Primitive.ERROR_CONTEXT;
            default -> null;
        };
    }

    /** {@code deftype}. */
    static DefType defType(ByteReader r) {
        int at = r.pos();
        int b = r.peek();
        switch (b) {
            case 0x40, 0x43 -> {
                r.u8();
                return new DefType.Func(b == 0x43, params(r), resultList(r));
            }
            case 0x41 -> {
                r.u8();
                return new DefType.Component(decls(r, true));
            }
            case 0x42 -> {
                r.u8();
                return new DefType.Instance(decls(r, false));
            }
            case 0x3f -> {
                r.u8();
                var rep = CoreTypeDecoder.valType(r);
                int dtor = optional(r, "resource destructor") ? r.index() : -1;
                return new DefType.Resource(rep, dtor);
            }
            default -> {
                return defValType(r, at);
            }
        }
    }

    private static DefValType defValType(ByteReader r, int at) {
        int b = r.u8();
        Type.Primitive p = primitive(b);
        if (p != null) return new DefValType.Primitive(p);
        return switch (b) {
            case 0x72 -> new DefValType.Record(labeled(r));
            case 0x71 -> {
                int n = r.count();
                List<DefValType.Case> cases = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    String label = r.name();
                    ValType t = optional(r, "variant case type") ? valType(r) : null;
                    int zAt = r.pos();
                    int z = r.u8();
                    if (z != 0) throw r.badByte(z, "zero byte required", zAt);
                    cases.add(new DefValType.Case(label, t));
                }
                yield new DefValType.Variant(cases);
            }
            case 0x70 -> new DefValType.ListOf(valType(r), -1);
            case 0x67 -> new DefValType.ListOf(valType(r), Integer.toUnsignedLong(r.u32()));
            case 0x6f -> {
                int n = r.count();
                List<ValType> types = new ArrayList<>(n);
                for (int i = 0; i < n; i++) types.add(valType(r));
                yield new DefValType.Tuple(types);
            }
            case 0x6e -> new DefValType.Flags(labels(r));
            case 0x6d -> new DefValType.Enum(labels(r));
            case 0x6b -> new DefValType.Option(valType(r));
            case 0x6a -> {
                ValType ok = optional(r, "result ok type") ? valType(r) : null;
                ValType err = optional(r, "result err type") ? valType(r) : null;
                yield new DefValType.Result(ok, err);
            }
            case 0x69 -> new DefValType.Own(r.index());
            case 0x68 -> new DefValType.Borrow(r.index());
            case 0x66 -> new DefValType.Stream(optional(r, "stream element type") ? valType(r) : null);
            case 0x65 -> new DefValType.Future(optional(r, "future element type") ? valType(r) : null);
            case 0x63 -> new DefValType.MapOf(valType(r), valType(r));
            default -> throw r.badByte(b, "component defined type", at);
        };
    }

    /** {@code valtype}: a primitive code, else a type index. */
    static ValType valType(ByteReader r) {
        int at = r.pos();
        int b = r.peek();
        if ((b & 0xc0) == 0x40) {
            r.u8();
            Type.Primitive p = primitive(b);
            if (p == null) throw r.badByte(b, "component value type", at);
            return new ValType.Primitive(p);
        }
        return new ValType.Indexed(r.index());
    }

    private static List<LabeledValType> labeled(ByteReader r) {
        int n = r.count();
        List<LabeledValType> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(new LabeledValType(r.name(), valType(r)));
        return out;
    }

    private static List<String> labels(ByteReader r) {
        int n = r.count();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(r.name());
        return out;
    }

    private static List<LabeledValType> params(ByteReader r) { return labeled(r); }

    /** {@code resultlist}: the result type, or null for none. */
    static ValType resultList(ByteReader r) {
        int at = r.pos();
        int b = r.u8();
        return switch (b) {
            case 0x00 -> valType(r);
            case 0x01 -> {
                int zAt = r.pos();
                int z = r.u8();
                if (z != 0) throw r.badByte(z, "number of results", zAt);
                yield null;
            }
            default -> throw r.badByte(b, "component function results", at);
        };
    }

    /** {@code <T>?}: reads the 0x00/0x01 presence byte. */
    static boolean optional(ByteReader r, String what) {
        int at = r.pos();
        int b = r.u8();
        if (b > 1) throw r.badByte(b, "optional " + what, at);
        return b == 1;
    }

    private static List<Decl> decls(ByteReader r, boolean component) {
        r.enter(r.pos());
        int n = r.count();
        List<Decl> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int at = r.pos();
            int b = r.u8();
            out.add(switch (b) {
                case 0x00 -> new Decl.CoreTypeDecl(CoreTypeDecoder.coreType(r));
                case 0x01 -> new Decl.TypeDecl(defType(r));
                case 0x02 -> new Decl.AliasDecl(alias(r));
                case 0x03 -> {
                    if (!component) throw r.badByte(b, "component or instance type declaration", at);
                    yield new Decl.ImportDecl(externName(r), externDesc(r));
                }
                case 0x04 -> new Decl.ExportDecl(externName(r), externDesc(r));
                default -> throw r.badByte(b, "component or instance type declaration", at);
            });
        }
        r.depth--;
        return out;
    }

    /** {@code externtype}. */
    static ExternDesc externDesc(ByteReader r) {
        int at = r.pos();
        int b = r.u8();
        return switch (b) {
            case 0x00 -> {
                int c = r.u8();
                if (c != 0x11) throw r.badByte(c, "component external kind", at);
                yield new ExternDesc.CoreModule(r.index());
            }
            case 0x01 -> new ExternDesc.Func(r.index());
            case 0x02 -> {
                int bAt = r.pos();
                int k = r.u8();
                yield switch (k) {
                    case 0x00 -> new ExternDesc.Value(r.index(), null);
                    case 0x01 -> new ExternDesc.Value(-1, valType(r));
                    default -> throw r.badByte(k, "value bound", bAt);
                };
            }
            case 0x03 -> {
                int bAt = r.pos();
                int k = r.u8();
                yield switch (k) {
                    case 0x00 -> new ExternDesc.TypeEq(r.index());
                    case 0x01 -> new ExternDesc.TypeSubResource();
                    default -> throw r.badByte(k, "type bound", bAt);
                };
            }
            case 0x04 -> new ExternDesc.Component(r.index());
            case 0x05 -> new ExternDesc.Instance(r.index());
            default -> throw r.badByte(b, "component external kind", at);
        };
    }

    /** {@code nameattributes}. */
    static ExternName externName(ByteReader r) {
        int at = r.pos();
        int b = r.u8();
        if (b > 2) throw r.badByte(b, "component name", at);
        String name = r.name();
        if (b < 2) return new ExternName(name, List.of());
        int n = r.count();
        List<ExternName.Attribute> attrs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int kAt = r.pos();
            int k = r.u8();
            if (k > 2) throw r.badByte(k, "name option", kAt);
            attrs.add(switch (k) {
                case 0 -> new ExternName.Attribute.Implements(r.name());
                case 1 -> new ExternName.Attribute.VersionSuffix(r.name());
                default -> new ExternName.Attribute.ExternalId(r.name());
            });
        }
        return new ExternName(name, attrs);
    }

    /** {@code alias}: sort, target kind and target. */
    static Alias alias(ByteReader r) {
        int sortAt = r.pos();
        int s1 = r.u8();
        int s2 = s1 == 0x00 ? r.u8() : -1;
        int tAt = r.pos();
        int target = r.u8();
        var sort = SortReader.of(s1, s2);
        switch (target) {
            case 0x00, 0x01 -> {
                if (sort == null) throw r.badByte(s2 >= 0 ? s2 : s1, "component external kind", sortAt);
                int instance = r.index();
                String name = r.name();
                if (target == 0x00) return new Alias.InstanceExport(sort, instance, name);
                return new Alias.CoreInstanceExport(sort, instance, name);
            }
            case 0x02 -> {
                if (sort == null || !SortReader.isOuterAliasSort(sort))
                    throw r.badByte(s2 >= 0 ? s2 : s1, "component outer alias kind", s2 >= 0 ? sortAt + 1 : sortAt);
                return new Alias.Outer(sort, r.index(), r.index());
            }
            default -> throw r.badByte(target, "alias", tAt);
        }
    }
}
