package dev.weft.component.internal.model;

/** A declaration inside a core module type. */
public sealed interface ModuleDecl {

    record Import(String module, String name, CoreExternType type) implements ModuleDecl {}

    record TypeDecl(CoreType type) implements ModuleDecl {}

    /** {@code (alias outer count index (type))}: a core type of an enclosing scope. */
    record OuterAlias(int count, int index) implements ModuleDecl {}

    record Export(String name, CoreExternType type) implements ModuleDecl {}
}
