package dev.weft.engine.internal.validate;

import dev.weft.engine.internal.model.CompositeType;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The engine-wide identity of a defined type. Two type indices (possibly of different modules) denote
 * equivalent types (iso-recursive equivalence of their rec groups) iff their canonical types are the
 * same instance, so runtime checks (casts, {@code call_indirect}, import matching) compare references.
 *
 * <p>Instances are created only by {@link TypeContext} through a global interning table.
 */
public final class CanonicalType {
    private final CompositeType composite;
    private final boolean isFinal;
    /** Declared supertype chain from the root down to this type: {@code chain[depth] == this}. */
    private final CanonicalType[] chain;
    private final int depth;
    /** The members of this type's rec group; also keeps the group alive in the weak interning table. */
    private final CanonicalType[] group;
    private final int indexInGroup;
    /** Engine-wide unique number: how interning keys name this type without holding it. */
    final long id;
    /**
     * The types of earlier rec groups that this type's group refers to, held so that they live as
     * long as this group does (interning keys only name them by {@link #id}).
     */
    private final CanonicalType[] uses;

    private static final AtomicLong IDS = new AtomicLong();

    CanonicalType(CompositeType composite, boolean isFinal, CanonicalType supertype, CanonicalType[] group,
                  int indexInGroup, CanonicalType[] uses) {
        this.composite = composite;
        this.isFinal = isFinal;
        this.group = group;
        this.indexInGroup = indexInGroup;
        this.id = IDS.incrementAndGet();
        this.uses = uses;
        if (supertype == null) {
            this.depth = 0;
            this.chain = new CanonicalType[] {this};
        } else {
            this.depth = supertype.depth + 1;
            this.chain = java.util.Arrays.copyOf(supertype.chain, depth + 1);
            this.chain[depth] = this;
        }
    }

    /**
     * The composite type as written in the first module that defined this type. Concrete heap types
     * inside it are type indices of that module: use them only for their kinds and nullability, and
     * resolve references through your own module's {@link TypeContext}.
     */
    public CompositeType composite() { return composite; }

    public boolean isFinal() { return isFinal; }

    public boolean isFunc() { return composite instanceof CompositeType.Func; }

    public boolean isStruct() { return composite instanceof CompositeType.Struct; }

    public boolean isArray() { return composite instanceof CompositeType.Array; }

    /** The declared supertype, or null. */
    public CanonicalType supertype() { return depth == 0 ? null : chain[depth - 1]; }

    /** Number of types in this type's rec group. */
    public int recGroupSize() { return group.length; }

    /** Position of this type in its rec group. */
    public int indexInRecGroup() { return indexInGroup; }

    /** Member {@code i} of this type's rec group. */
    public CanonicalType recGroupMember(int i) { return group[i]; }

    /** Depth in the declared subtyping hierarchy (0 for a type without supertype). */
    public int depth() { return depth; }

    /** Whether this type is {@code other} or a (transitive) declared subtype of it; constant time. */
    public boolean isSubtypeOf(CanonicalType other) {
        if (other == this) return true;
        int d = other.depth;
        return d < depth && chain[d] == other;
    }

    @Override
    public String toString() { return "canonical" + composite; }
}
