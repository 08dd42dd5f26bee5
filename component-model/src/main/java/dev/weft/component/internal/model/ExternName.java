package dev.weft.component.internal.model;

import java.util.List;

/**
 * An import/export name with its attributes ({@code nameattributes}). {@code name} is the raw
 * {@code externname} text, checked by validation (plain, annotated or interface name).
 */
public record ExternName(String name, List<Attribute> attributes) {
    public ExternName { attributes = List.copyOf(attributes); }

    public sealed interface Attribute {
        /** {@code (implements "ns:pkg/iface")}. */
        record Implements(String interfaceName) implements Attribute {}

        /** {@code (versionsuffix "…")}. */
        record VersionSuffix(String suffix) implements Attribute {}

        /** {@code (external-id "…")}. */
        record ExternalId(String id) implements Attribute {}
    }

    @Override
    public String toString() { return name; }
}
