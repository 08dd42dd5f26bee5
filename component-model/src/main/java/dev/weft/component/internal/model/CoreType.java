package dev.weft.component.internal.model;

import java.util.List;

/** A definition in a component's core type index space: a core recursion group or a module type. */
public sealed interface CoreType {

    /**
     * A core recursion group; a single (non-{@code rec}) sub type is a group of one. Each sub type takes
     * one core type index.
     */
    record Rec(List<CoreSubType> types) implements CoreType {
        public Rec { types = List.copyOf(types); }
    }

    /** {@code (module decl*)}: a module type, validated with its own initially empty type space. */
    record Module(List<ModuleDecl> decls) implements CoreType {
        public Module { decls = List.copyOf(decls); }
    }
}
