package dev.weft.component.internal.validate;

import dev.weft.component.Type;
import java.util.Set;

/**
 * Which types imports and exports may mention. Every record, variant, enum, flags and resource type
 * index has a nominal identity; an import or export of a type gives the new index a fresh identity that
 * counts as named. An import may only mention types named by imports, an export types named by
 * imports or exports (see {@link Scope} for the bookkeeping).
 */
final class TypeVisibility {
    private TypeVisibility() {}

    /**
     * Adds the nominal types {@code t} mentions to {@code out}: record, variant, enum and flags types
     * (compared structurally) and resource types (by identity).
     */
    static void nominalTypes(ExternT t, Set<Object> out) {
        switch (t) {
            case ExternT.Func f -> {
                f.sig().params().forEach(p -> nominalTypes(p.type(), out));
                nominalTypes(f.sig().result(), out);
            }
            case ExternT.Value v -> nominalTypes(v.type(), out);
            case ExternT.TypeOf ty -> {
                switch (ty.type()) {
                    case CType.Value v -> nominalTypes(v.type(), out);
                    case CType.Resource r -> out.add(r.resource());
                    case CType.Func f -> nominalTypes(new ExternT.Func(f.sig()), out);
                    case CType.Instance i -> i.sig().exports().values().forEach(e -> nominalTypes(e, out));
                    case CType.Component c -> {
                        c.sig().imports().values().forEach(e -> nominalTypes(e, out));
                        c.sig().exports().values().forEach(e -> nominalTypes(e, out));
                    }
                }
            }
            case ExternT.Instance i -> i.sig().exports().values().forEach(e -> nominalTypes(e, out));
            case ExternT.Component c -> {
                c.sig().imports().values().forEach(e -> nominalTypes(e, out));
                c.sig().exports().values().forEach(e -> nominalTypes(e, out));
            }
            case ExternT.Module m -> { }
        }
    }

    static void nominalTypes(Type t, Set<Object> out) {
        if (t == null) return;
        switch (t) {
            case Type.Primitive p -> { }
            case Type.RecordType r -> {
                out.add(r);
                r.fields().forEach(f -> nominalTypes(f.type(), out));
            }
            case Type.VariantType v -> {
                out.add(v);
                v.cases().forEach(c -> nominalTypes(c.type(), out));
            }
            case Type.EnumType e -> out.add(e);
            case Type.FlagsType f -> out.add(f);
            case Type.Own o -> out.add(o.resource());
            case Type.Borrow b -> out.add(b.resource());
            case Type.ListType l -> nominalTypes(l.element(), out);
            case Type.MapType m -> {
                nominalTypes(m.key(), out);
                nominalTypes(m.value(), out);
            }
            case Type.TupleType u -> u.types().forEach(x -> nominalTypes(x, out));
            case Type.OptionType o -> nominalTypes(o.type(), out);
            case Type.ResultType r -> {
                nominalTypes(r.ok(), out);
                nominalTypes(r.err(), out);
            }
            case Type.StreamType st -> nominalTypes(st.element(), out);
            case Type.FutureType f -> nominalTypes(f.element(), out);
        }
    }

    /** Records the types an import or export of {@code t} makes nameable from outside (see {@link Scope#exposedTypes}). */
    static void expose(Scope s, ExternT t) {
        switch (t) {
            case ExternT.TypeOf ty -> {
                if (ty.type() instanceof CType.Resource r) s.exposedTypes.add(r.resource());
                else if (ty.type() instanceof CType.Value v && isNominal(ty.type())) s.exposedTypes.add(v.type());
            }
            case ExternT.Instance i -> i.sig().exports().values().forEach(e -> expose(s, e));
            default -> { }
        }
    }

    static boolean isNominal(CType t) {
        return t instanceof CType.Resource || (t instanceof CType.Value v && (v.type() instanceof Type.RecordType
                || v.type() instanceof Type.VariantType || v.type() instanceof Type.EnumType
                || v.type() instanceof Type.FlagsType));
    }

    /** Every nominal type an import or export mentions must itself have been imported (or exported). */
    static void checkNamed(Scope s, Set<Object> needs, ExternT t, boolean isImport) {
        for (Object n : needs) {
            boolean ok = s.namedByImport.contains(n) || (!isImport && s.namedByExport.contains(n));
            if (!ok) {
                throw new ValidationError(t.sortName() + " not valid to be used as " + (isImport ? "import" : "export"));
            }
        }
    }

}
