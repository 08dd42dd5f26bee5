package dev.weft.engine;

import dev.weft.engine.internal.runtime.TagInstance;

/**
 * An exception tag. Tags are compared by identity: a {@code catch} clause matches exceptions
 * thrown with the very same tag.
 * <pre>{@code
 * Tag err = Tag.create(FuncType.of(List.of(ValueType.I32), List.of()));
 * }</pre>
 */
public sealed interface Tag extends Extern permits TagInstance {

    TagType type();

    static Tag create(FuncType payload) {
        return TagInstance.create(payload);
    }

    @Override
    default ExternType externType() { return type(); }
}
