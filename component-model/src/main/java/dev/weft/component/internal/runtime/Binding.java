package dev.weft.component.internal.runtime;

import dev.weft.component.ResourceType;
import dev.weft.component.internal.validate.CType;
import dev.weft.component.internal.validate.ExternT;
import dev.weft.component.internal.validate.FuncSig;
import dev.weft.component.internal.validate.InstanceSig;
import dev.weft.engine.LinkException;
import dev.weft.engine.Module;

import java.util.Map;

/**
 * Matches a runtime value against the type validation gave it: binds the placeholder resource
 * types the type mentions to the real ones the value carries, and (for imports, which validation
 * could not see) checks that the value is of the right sort and function type.
 */
final class Binding {
    private Binding() {}

    /**
     * Binds the placeholders of {@code expected} to the resources {@code actual} carries; {@code name}
     * says where, for the LinkException when a placeholder is already bound to another resource.
     */
    static void bind(Frame frame, String name, ExternT expected, Object actual) {
        switch (expected) {
            case ExternT.TypeOf t when t.type() instanceof CType.Resource r && actual instanceof ResourceType real ->
                    bindResource(frame, name, r, real);
            case ExternT.Instance i when actual instanceof InstanceValue v -> bind(frame, name, i.sig(), v);
            default -> { }
        }
    }

    static void bind(Frame frame, String name, InstanceSig sig, InstanceValue actual) {
        for (Map.Entry<String, ExternT> e : sig.exports().entrySet()) {
            Object v = actual.exports().get(e.getKey());
            if (v != null) bind(frame, name + "." + e.getKey(), e.getValue(), v);
        }
    }

    /** Binds a new type index to the type value it was given. */
    static void bindType(Frame frame, int typeIndex, Object actual) {
        if (frame.validated.types().get(typeIndex) instanceof CType.Resource r && actual instanceof ResourceType real) {
            bindResource(frame, "type " + typeIndex, r, real);
        }
    }

    private static void bindResource(Frame frame, String where, CType.Resource placeholder, ResourceType real) {
        if (!frame.bindResource(placeholder.resource(), real)) {
            throw new LinkException("incompatible import type", where + ": " + real
                    + " is given where the type must be " + frame.real(placeholder.resource()));
        }
    }

    /**
     * Checks an import: {@code actual} must be of the expected sort, functions of the expected type
     * (after substituting real resource types), instances must have every expected export.
     */
    static void check(Frame frame, String name, ExternT expected, Object actual) {
        boolean ok = switch (expected) {
            case ExternT.Func f -> actual instanceof FuncValue fv
                    && sameSignature(frame.substitution().apply(f.sig()), fv.type());
            case ExternT.Instance i -> {
                if (!(actual instanceof InstanceValue v)) yield false;
                for (Map.Entry<String, ExternT> e : i.sig().exports().entrySet()) {
                    Object x = v.exports().get(e.getKey());
                    // value types are structural: a provider need not spell them out
                    if (x == null && isValueType(e.getValue())) continue;
                    if (x == null) throw new LinkException("missing export", name + ": " + e.getKey());
                    check(frame, name + "." + e.getKey(), e.getValue(), x);
                }
                yield true;
            }
            case ExternT.TypeOf t -> !(t.type() instanceof CType.Resource) || actual instanceof ResourceType;
            case ExternT.Module m -> actual instanceof Module;
            case ExternT.Component c -> actual instanceof ComponentValue;
            case ExternT.Value v -> actual instanceof dev.weft.component.Val;
        };
        if (!ok) throw new LinkException("incompatible import type", name);
    }

    static boolean isValueType(ExternT t) {
        return t instanceof ExternT.TypeOf ty && ty.type() instanceof CType.Value;
    }

    private static boolean sameSignature(FuncSig a, FuncSig b) {
        if (a.params().size() != b.params().size() || !java.util.Objects.equals(a.result(), b.result())) return false;
        for (int i = 0; i < a.params().size(); i++) {
            if (!a.params().get(i).type().equals(b.params().get(i).type())) return false;
        }
        return true;
    }
}
