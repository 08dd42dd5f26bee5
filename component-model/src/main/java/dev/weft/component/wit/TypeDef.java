package dev.weft.component.wit;

import java.util.List;

/**
 * A named WIT type definition, owned by an interface or a world. Type definitions are compared by
 * identity: two {@code use}s of the same type refer to one definition through an {@link Alias}.
 */
public final class TypeDef {
    /** What a definition defines. */
    public sealed interface Kind {}

    /** {@code type x = T;}, and also what {@code use iface.{x}} introduces (target: the used type). */
    public record Alias(WitType target) implements Kind {}

    public record Field(String name, WitType type, String docs) {}

    public record Record(List<Field> fields) implements Kind {}

    /** A variant case; type null when the case carries no payload. */
    public record Case(String name, WitType type, String docs) {}

    public record Variant(List<Case> cases) implements Kind {}

    public record Enum(List<String> cases) implements Kind {}

    public record Flags(List<String> flags) implements Kind {}

    public record Resource() implements Kind {}

    private final String name;
    private final Object owner;
    private final String docs;
    private final Stability stability;
    private Kind kind;
    /** Levels of nesting of this type with everything it names, once {@link TypeScope} measured it; 0 before. */
    int height;

    TypeDef(String name, Object owner, String docs, Stability stability) {
        this.name = name;
        this.owner = owner;
        this.docs = docs;
        this.stability = stability;
    }

    public String name() { return name; }

    /** The interface that defines this type, or null when a world does. */
    public WitInterface ownerInterface() { return owner instanceof WitInterface i ? i : null; }

    /** The world that defines this type, or null when an interface does. */
    public WitWorld ownerWorld() { return owner instanceof WitWorld w ? w : null; }

    /** Doc comments, or null. */
    public String docs() { return docs; }

    public Stability stability() { return stability; }

    public Kind kind() { return kind; }

    public boolean isResource() { return kind instanceof Resource; }

    /** Follows aliases (including {@code use}) to the definition they name. */
    public TypeDef unaliased() {
        TypeDef d = this;
        while (d.kind instanceof Alias(WitType.Ref(TypeDef target))) d = target;
        return d;
    }

    void kind(Kind kind) { this.kind = kind; }

    @Override
    public String toString() { return name; }
}
