package dev.weft.engine.internal.runtime;

import dev.weft.engine.Global;
import dev.weft.engine.GlobalType;
import dev.weft.engine.V128;
import dev.weft.engine.internal.model.ValType;
import dev.weft.engine.internal.validate.TypeContext;

/** A global: numbers in {@link #value} (v128: {@link #value} low, {@link #hi} high), references in {@link #ref}. */
public final class GlobalInstance implements Global {
    private final ValType type;
    private final TypeContext types;
    private final boolean mutable;
    public long value;
    public long hi;
    public Object ref;

    public GlobalInstance(ValType type, TypeContext types, boolean mutable) {
        this.type = type;
        this.types = types;
        this.mutable = mutable;
    }

    public static GlobalInstance create(GlobalType type, Object value) {
        GlobalInstance g = new GlobalInstance(PublicTypes.toInternal(type.type()), TypeContext.EMPTY, type.mutable());
        g.store(value);
        return g;
    }

    public ValType valType() { return type; }

    public TypeContext types() { return types; }

    public boolean mutable() { return mutable; }

    public dev.weft.engine.internal.model.GlobalType internalType() {
        return new dev.weft.engine.internal.model.GlobalType(type, mutable);
    }

    private void store(Object v) {
        switch (type.kind()) {
            case REF -> ref = Values.checkRef(type, types, v);
            case V128 -> {
                V128 x = Values.unboxV128(v);
                value = x.lo();
                hi = x.hi();
            }
            default -> value = Values.unboxNumber(type, v);
        }
    }

    @Override
    public GlobalType type() { return new GlobalType(PublicTypes.toPublic(type, types), mutable); }

    @Override
    public Object get() {
        return switch (type.kind()) {
            case REF -> ref;
            case V128 -> new V128(value, hi);
            default -> Values.boxNumber(type, value);
        };
    }

    @Override
    public void set(Object v) {
        if (!mutable) throw new IllegalStateException("global is immutable");
        store(v);
    }
}
