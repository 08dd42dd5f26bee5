package dev.weft.component.internal.model;

import java.util.List;

/**
 * A decoded component (or nested component): its definitions in binary order and the index spaces
 * they build. {@code names} is the decoded {@code component-name} section, or {@link ComponentNames#EMPTY}.
 */
public record ComponentAst(List<Definition> definitions, IndexSpaces indexSpaces, ComponentNames names) {
    public ComponentAst { definitions = List.copyOf(definitions); }

    /** The component binary version this decoder reads (pre-standard). */
    public static final int VERSION = 0x0d;
    /** The preamble layer of a component (core modules have layer 0). */
    public static final int LAYER = 1;

    public static ComponentAst of(List<Definition> definitions, ComponentNames names) {
        return new ComponentAst(definitions, IndexSpaces.of(definitions), names);
    }
}
