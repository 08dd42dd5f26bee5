package dev.weft.engine.internal.runtime;

import dev.weft.engine.FuncType;
import dev.weft.engine.Tag;
import dev.weft.engine.TagType;
import dev.weft.engine.internal.model.CompositeType;
import dev.weft.engine.internal.validate.CanonicalType;
import dev.weft.engine.internal.validate.TypeContext;

/** An exception tag; its identity is the object identity. */
public final class TagInstance implements Tag {
    private final CanonicalType type;
    private final CompositeType.Func func;
    private final TypeContext types;

    public TagInstance(CanonicalType type, CompositeType.Func func, TypeContext types) {
        this.type = type;
        this.func = func;
        this.types = types;
    }

    public static TagInstance create(FuncType payload) {
        if (!payload.results().isEmpty()) throw new IllegalArgumentException("tag types have no results");
        CompositeType.Func f = PublicTypes.toInternal(payload);
        return new TagInstance(PublicTypes.canonical(f), f, TypeContext.EMPTY);
    }

    public CanonicalType canonical() { return type; }

    /** The payload types, module-relative to {@link #types()}. */
    public CompositeType.Func func() { return func; }

    public TypeContext types() { return types; }

    @Override
    public TagType type() { return new TagType(PublicTypes.toPublic(func, types)); }
}
