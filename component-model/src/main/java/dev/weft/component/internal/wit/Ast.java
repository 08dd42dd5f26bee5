package dev.weft.component.internal.wit;

import dev.weft.component.wit.Stability;
import dev.weft.component.wit.WitFunction;
import dev.weft.component.wit.WitType;
import java.util.List;

/** The syntax tree of WIT files, as parsed and before any name is resolved. */
public final class Ast {
    private Ast() {}

    /** A kebab-case name and where it was written. */
    public record Ident(String name, Pos pos) {}

    /** {@code package ns:name@version}. */
    public record PackageDecl(String namespace, String name, String version, String docs, Pos pos) {}

    /** One parsed file: its optional top-level package declaration, its items, and nested packages. */
    public record File(Source source, PackageDecl pkg, List<TopItem> items, List<NestedPackage> nested) {}

    public record NestedPackage(PackageDecl pkg, List<TopItem> items) {}

    public sealed interface TopItem {}

    /** {@code use path as alias;} at the top of a file. */
    public record TopUse(UsePath path, Ident alias) implements TopItem {
        /** The name this use introduces into the file. */
        public Ident localName() { return alias != null ? alias : path.lastName(); }
    }

    public record Interface(Ident name, String docs, Stability gate, List<InterfaceItem> items) implements TopItem {}

    public record World(Ident name, String docs, Stability gate, List<WorldItem> items) implements TopItem {}

    /** A reference to an interface or world: local ({@code name}) or foreign ({@code ns:pkg/name@v}). */
    public sealed interface UsePath {
        Ident lastName();

        Pos pos();
    }

    public record LocalPath(Ident name) implements UsePath {
        @Override
        public Ident lastName() { return name; }

        @Override
        public Pos pos() { return name.pos(); }
    }

    public record ForeignPath(String namespace, String pkg, Ident name, String version, Pos pos) implements UsePath {
        @Override
        public Ident lastName() { return name; }

        public String packageName() { return namespace + ":" + pkg; }
    }

    public sealed interface InterfaceItem {}

    public sealed interface WorldItem {}

    public record UseName(Ident name, Ident alias) {
        public Ident localName() { return alias != null ? alias : name; }
    }

    /** {@code use path.{a, b as c};} inside an interface or world. */
    public record Use(Stability gate, UsePath path, List<UseName> names) implements InterfaceItem, WorldItem {}

    public record TypeDecl(Ident name, String docs, Stability gate, TypeBody body) implements InterfaceItem, WorldItem {}

    public record FuncDecl(Ident name, String docs, Stability gate, FuncType type) implements InterfaceItem {}

    public sealed interface TypeBody {}

    public record AliasBody(Type target) implements TypeBody {}

    public record Field(Ident name, String docs, Type type) {}

    public record RecordBody(List<Field> fields) implements TypeBody {}

    public record Case(Ident name, String docs, Type type) {}

    public record VariantBody(List<Case> cases) implements TypeBody {}

    public record EnumBody(List<Ident> cases) implements TypeBody {}

    public record FlagsBody(List<Ident> flags) implements TypeBody {}

    public record ResourceBody(List<ResourceFunc> funcs) implements TypeBody {}

    /** A constructor, method or static function of a resource; name is {@code constructor} for constructors. */
    public record ResourceFunc(Ident name, String docs, Stability gate, WitFunction.Kind kind, FuncType type) {}

    public record Param(Ident name, Type type) {}

    public record FuncType(boolean isAsync, List<Param> params, Type result, Pos pos) {}

    /** What {@code import}/{@code export} name: a function, an inline interface, or an interface path. */
    public sealed interface Extern {}

    public record FuncExtern(FuncType type) implements Extern {}

    public record InlineInterface(List<InterfaceItem> items, Pos pos) implements Extern {}

    public record PathExtern(UsePath path) implements Extern {}

    /** {@code import}/{@code export}: label is null for {@code import path;}. */
    public record ImportExport(boolean export, Ident label, String docs, Stability gate, Extern extern) implements WorldItem {}

    public record IncludeName(Ident name, Ident as) {}

    public record Include(Stability gate, UsePath path, List<IncludeName> with) implements WorldItem {}

    /** A type as written. */
    public sealed interface Type {
        Pos pos();
    }

    public record Primitive(WitType.Primitive type, Pos pos) implements Type {}

    public record Named(Ident name) implements Type {
        @Override
        public Pos pos() { return name.pos(); }
    }

    /** {@code list<T>}, or with a fixed length when {@code length >= 0}. */
    public record ListOf(Type element, int length, Pos pos) implements Type {}

    public record OptionOf(Type some, Pos pos) implements Type {}

    public record ResultOf(Type ok, Type err, Pos pos) implements Type {}

    public record TupleOf(List<Type> elements, Pos pos) implements Type {}

    public record MapOf(Type key, Type value, Pos pos) implements Type {}

    public record Handle(Ident resource, boolean borrow, Pos pos) implements Type {}

    public record FutureOf(Type payload, Pos pos) implements Type {}

    public record StreamOf(Type payload, Pos pos) implements Type {}
}
