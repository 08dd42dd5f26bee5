package dev.weft.component.internal.model;

import java.util.List;

/** A component type definition ({@code deftype}): value, function, component, instance or resource type. */
public sealed interface DefType permits DefValType, DefType.Func, DefType.Component, DefType.Instance,
        DefType.Resource {

    /** {@code (func async? (param l t)* (result t)?)}; {@code result} is null when there is none. */
    record Func(boolean async, List<LabeledValType> params, ValType result) implements DefType {
        public Func { params = List.copyOf(params); }
    }

    /** {@code (component decl*)}. */
    record Component(List<Decl> decls) implements DefType {
        public Component { decls = List.copyOf(decls); }
    }

    /** {@code (instance decl*)}. */
    record Instance(List<Decl> decls) implements DefType {
        public Instance { decls = List.copyOf(decls); }
    }

    /**
     * {@code (resource (rep t) (dtor f)?)}; {@code destructor} is a core func index or -1.
     */
    record Resource(CoreValType rep, int destructor) implements DefType {}
}
