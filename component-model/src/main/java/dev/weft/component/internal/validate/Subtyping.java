package dev.weft.component.internal.validate;

import dev.weft.component.ResourceType;
import dev.weft.component.Type;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks that an actual extern type can be used where an expected one is required (instantiation
 * arguments, export ascriptions, component and instance type matching). Value types must be equal;
 * instances may have extra exports; resource types compare by identity after applying bindings.
 *
 * <p>{@code bindable} resource types (the type parameters of what is being matched against, e.g. a
 * component's imported resources) get bound to the actual resource the first time they meet one.
 * Mismatches throw a {@link ValidationError} that names both the innermost difference and where it is.
 */
final class Subtyping {
    private final Set<ResourceType> bindable;
    final Map<ResourceType, ResourceType> bound;

    Subtyping(Set<ResourceType> bindable) { this(bindable, new IdentityHashMap<>()); }

    private Subtyping(Set<ResourceType> bindable, Map<ResourceType, ResourceType> bound) {
        this.bindable = bindable;
        this.bound = bound;
    }

    static Subtyping plain() { return new Subtyping(ResourceSubstitution.identitySet()); }

    /** A member mismatch of an instance, component or module: leads with the member. */
    private static ValidationError wrap(String context, ValidationError inner) {
        return new ValidationError(context + ": " + inner.getMessage());
    }

    /** A mismatch inside a value or function type: leads with the innermost difference. */
    private static ValidationError within(String context, ValidationError inner) {
        return new ValidationError(inner.getMessage() + " (" + context + ")");
    }

    ResourceType resolve(ResourceType r) {
        ResourceType b = bound.get(r);
        return b == null ? r : b;
    }

    void extern(ExternT actual, ExternT expected) {
        switch (expected) {
            case ExternT.Func e -> {
                if (!(actual instanceof ExternT.Func a)) throw mismatch(expected, actual);
                func(a.sig(), e.sig());
            }
            case ExternT.Value e -> {
                if (!(actual instanceof ExternT.Value a)) throw mismatch(expected, actual);
                value(a.type(), e.type(), true);
            }
            case ExternT.TypeOf e -> {
                if (!(actual instanceof ExternT.TypeOf a)) throw mismatch(expected, actual);
                type(a.type(), e.type());
            }
            case ExternT.Instance e -> {
                if (!(actual instanceof ExternT.Instance a)) throw mismatch(expected, actual);
                instance(a.sig(), e.sig());
            }
            case ExternT.Component e -> {
                if (!(actual instanceof ExternT.Component a)) throw mismatch(expected, actual);
                component(a.sig(), e.sig());
            }
            case ExternT.Module e -> {
                if (!(actual instanceof ExternT.Module a)) throw mismatch(expected, actual);
                CoreMatching.module(a.sig(), e.sig());
            }
        }
    }

    private static ValidationError mismatch(ExternT expected, ExternT actual) {
        return new ValidationError("expected " + expected.sortName() + ", found " + actual.sortName());
    }

    void type(CType actual, CType expected) {
        switch (expected) {
            case CType.Resource e -> {
                if (!(actual instanceof CType.Resource a)) {
                    throw new ValidationError("expected resource, found " + actual.kindName());
                }
                resource(a.resource(), e.resource());
            }
            case CType.Value e -> {
                if (!(actual instanceof CType.Value a)) {
                    throw new ValidationError("expected defined type, found " + actual.kindName());
                }
                value(a.type(), e.type(), true);
            }
            case CType.Func e -> {
                if (!(actual instanceof CType.Func a)) throw new ValidationError("expected func type, found " + actual.kindName());
                func(a.sig(), e.sig());
            }
            case CType.Instance e -> {
                if (!(actual instanceof CType.Instance a)) {
                    throw new ValidationError("expected instance type, found " + actual.kindName());
                }
                instance(a.sig(), e.sig());
            }
            case CType.Component e -> {
                if (!(actual instanceof CType.Component a)) {
                    throw new ValidationError("expected component type, found " + actual.kindName());
                }
                component(a.sig(), e.sig());
            }
        }
    }

    private void resource(ResourceType actual, ResourceType expected) {
        ResourceType e = resolve(expected);
        if (e == resolve(actual)) return;
        if (bindable.contains(e) && !bound.containsKey(e)) {
            bound.put(e, actual);
            return;
        }
        throw new ValidationError("resource types are not the same");
    }

    void func(FuncSig a, FuncSig e) {
        if (a.async() != e.async()) {
            throw new ValidationError(e.async() ? "expected async function, found sync function"
                    : "expected sync function, found async function");
        }
        if (a.params().size() != e.params().size()) {
            throw new ValidationError("expected " + e.params().size() + " parameters, found " + a.params().size());
        }
        for (int i = 0; i < e.params().size(); i++) {
            FuncSig.Param ap = a.params().get(i), ep = e.params().get(i);
            if (!ap.name().equals(ep.name())) {
                throw new ValidationError("expected parameter named `" + ep.name() + "`, found `" + ap.name() + "`");
            }
            try {
                value(ap.type(), ep.type(), false);
            } catch (ValidationError err) {
                throw within("type mismatch in function parameter `" + ep.name() + "`", err);
            }
        }
        // worded as the reference validator words them (from the supplier's point of view)
        if (e.result() == null && a.result() != null) throw new ValidationError("expected a result, found none");
        if (e.result() != null && a.result() == null) throw new ValidationError("expected no result, found one");
        if (e.result() != null) {
            try {
                value(a.result(), e.result(), false);
            } catch (ValidationError err) {
                throw within("type mismatch with result type", err);
            }
        }
    }

    void instance(InstanceSig a, InstanceSig e) {
        for (ResourceType r : e.abstractResources()) bindable.add(r);
        for (Map.Entry<String, ExternT> ex : e.exports().entrySet()) {
            ExternT at = a.exports().get(ex.getKey());
            if (at == null) throw new ValidationError("missing expected export `" + ex.getKey() + "`");
            try {
                extern(at, ex.getValue());
            } catch (ValidationError err) {
                throw wrap("type mismatch in instance export `" + ex.getKey() + "`", err);
            }
        }
    }

    /**
     * Component subtyping: the actual may import less (each of its imports must be satisfied by the
     * expected imports, contravariantly) and must export at least what is expected.
     */
    void component(ComponentSig a, ComponentSig e) {
        bindable.addAll(a.importedResources());
        bindable.addAll(e.exportedResources());
        for (Map.Entry<String, ExternT> im : a.imports().entrySet()) {
            ExternT et = e.imports().get(im.getKey());
            if (et == null) throw new ValidationError("missing expected import `" + im.getKey() + "`");
            try {
                swapped().extern(et, im.getValue());
            } catch (ValidationError err) {
                throw wrap("type mismatch in import `" + im.getKey() + "`", err);
            }
        }
        for (Map.Entry<String, ExternT> ex : e.exports().entrySet()) {
            ExternT at = a.exports().get(ex.getKey());
            if (at == null) throw new ValidationError("missing expected export `" + ex.getKey() + "`");
            try {
                extern(at, ex.getValue());
            } catch (ValidationError err) {
                throw wrap("type mismatch in export `" + ex.getKey() + "`", err);
            }
        }
    }

    /** The same bindings, used with actual and expected exchanged (for contravariant positions). */
    private Subtyping swapped() { return new Subtyping(bindable, bound); }

    /** Value types must be equal (modulo resource bindings). {@code top}: comparing whole defined types. */
    void value(Type a, Type e, boolean top) {
        if (e instanceof Type.Primitive ep) {
            if (a instanceof Type.Primitive ap) {
                if (ap != ep) throw new ValidationError("expected primitive `" + name(ep) + "` found primitive `" + name(ap) + "`");
                return;
            }
            throw new ValidationError(top ? "expected primitive, found " + kind(a) : "expected " + name(ep) + ", found " + kind(a));
        }
        if (a.getClass() != e.getClass()) {
            throw new ValidationError("expected " + kind(e) + ", found " + (a instanceof Type.Primitive p ? name(p) : kind(a)));
        }
        switch (e) {
            case Type.RecordType er -> {
                Type.RecordType ar = (Type.RecordType) a;
                if (ar.fields().size() != er.fields().size()) {
                    throw new ValidationError("expected " + er.fields().size() + " fields, found " + ar.fields().size());
                }
                for (int i = 0; i < er.fields().size(); i++) {
                    var af = ar.fields().get(i);
                    var ef = er.fields().get(i);
                    if (!af.name().equals(ef.name())) {
                        throw new ValidationError("expected field name `" + ef.name() + "`, found `" + af.name() + "`");
                    }
                    try {
                        value(af.type(), ef.type(), false);
                    } catch (ValidationError err) {
                        throw within("type mismatch in record field `" + ef.name() + "`", err);
                    }
                }
            }
            case Type.VariantType ev -> {
                Type.VariantType av = (Type.VariantType) a;
                if (av.cases().size() != ev.cases().size()) {
                    throw new ValidationError("expected " + ev.cases().size() + " cases, found " + av.cases().size());
                }
                for (int i = 0; i < ev.cases().size(); i++) {
                    var ac = av.cases().get(i);
                    var ec = ev.cases().get(i);
                    if (!ac.name().equals(ec.name())) {
                        throw new ValidationError("expected case named `" + ec.name() + "`, found `" + ac.name() + "`");
                    }
                    if (ec.type() != null && ac.type() == null) {
                        throw new ValidationError("expected case `" + ec.name() + "` to have a type, found none");
                    }
                    if (ec.type() == null && ac.type() != null) {
                        throw new ValidationError("expected case `" + ec.name() + "` to have no type");
                    }
                    if (ec.type() != null) {
                        try {
                            value(ac.type(), ec.type(), false);
                        } catch (ValidationError err) {
                            throw within("type mismatch in variant case `" + ec.name() + "`", err);
                        }
                    }
                }
            }
            case Type.TupleType et -> {
                Type.TupleType at = (Type.TupleType) a;
                if (at.types().size() != et.types().size()) {
                    throw new ValidationError("expected " + et.types().size() + " types, found " + at.types().size());
                }
                for (int i = 0; i < et.types().size(); i++) {
                    try {
                        value(at.types().get(i), et.types().get(i), false);
                    } catch (ValidationError err) {
                        throw within("type mismatch in tuple field " + i, err);
                    }
                }
            }
            case Type.FlagsType ef -> {
                if (!((Type.FlagsType) a).names().equals(ef.names())) throw new ValidationError("mismatch in flags elements");
            }
            case Type.EnumType ee -> {
                if (!((Type.EnumType) a).names().equals(ee.names())) throw new ValidationError("mismatch in enum elements");
            }
            case Type.MapType em -> {
                Type.MapType am = (Type.MapType) a;
                try {
                    value(am.key(), em.key(), false);
                    value(am.value(), em.value(), false);
                } catch (ValidationError err) {
                    throw within("type mismatch in map", err);
                }
            }
            case Type.ListType el -> {
                Type.ListType al = (Type.ListType) a;
                if (al.fixedLength() != el.fixedLength()) throw new ValidationError("mismatch in list length");
                try {
                    value(al.element(), el.element(), false);
                } catch (ValidationError err) {
                    throw within("type mismatch in list element", err);
                }
            }
            case Type.OptionType eo -> {
                try {
                    value(((Type.OptionType) a).type(), eo.type(), false);
                } catch (ValidationError err) {
                    throw within("type mismatch in option", err);
                }
            }
            case Type.ResultType er -> {
                Type.ResultType ar = (Type.ResultType) a;
                optional(ar.ok(), er.ok(), "ok");
                optional(ar.err(), er.err(), "err");
            }
            case Type.Own eo -> resource(((Type.Own) a).resource(), eo.resource());
            case Type.Borrow eb -> resource(((Type.Borrow) a).resource(), eb.resource());
            case Type.StreamType es -> optional(((Type.StreamType) a).element(), es.element(), "stream element");
            case Type.FutureType ef -> optional(((Type.FutureType) a).element(), ef.element(), "future element");
            case Type.Primitive p -> throw new IllegalStateException();
        }
    }

    private void optional(Type a, Type e, String what) {
        if (e == null && a != null) throw new ValidationError("expected " + what + " type to not be present");
        if (e != null && a == null) throw new ValidationError("expected " + what + " type, but found none");
        if (e != null) {
            try {
                value(a, e, false);
            } catch (ValidationError err) {
                throw within("type mismatch in " + what + " variant", err);
            }
        }
    }

    static String name(Type.Primitive p) {
        return p == Type.Primitive.ERROR_CONTEXT ? "error-context" : p.name().toLowerCase(Locale.ROOT);
    }

    static String kind(Type t) {
        return switch (t) {
            case Type.Primitive p -> "primitive";
            case Type.RecordType r -> "record";
            case Type.VariantType v -> "variant";
            case Type.ListType l -> "list";
            case Type.MapType m -> "map";
            case Type.TupleType u -> "tuple";
            case Type.FlagsType f -> "flags";
            case Type.EnumType e -> "enum";
            case Type.OptionType o -> "option";
            case Type.ResultType r -> "result";
            case Type.Own o -> "own";
            case Type.Borrow b -> "borrow";
            case Type.StreamType s -> "stream";
            case Type.FutureType f -> "future";
        };
    }
}
