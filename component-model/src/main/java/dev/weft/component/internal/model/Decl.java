package dev.weft.component.internal.model;

/** A declarator of a component type or instance type. */
public sealed interface Decl {

    record CoreTypeDecl(CoreType type) implements Decl {}

    record TypeDecl(DefType type) implements Decl {}

    record AliasDecl(Alias alias) implements Decl {}

    /** Only in component types. */
    record ImportDecl(ExternName name, ExternDesc desc) implements Decl {}

    record ExportDecl(ExternName name, ExternDesc desc) implements Decl {}
}
