package dev.weft.engine.internal.validate;

import dev.weft.engine.internal.model.GlobalType;
import dev.weft.engine.internal.model.Limits;
import dev.weft.engine.internal.model.MemoryType;
import dev.weft.engine.internal.model.TableType;

/**
 * Import matching (the spec's extern subtyping): whether a provided entity's type may satisfy an
 * import's declared type. Types of the provider are interpreted in {@code actualTypes}, those of the
 * importing module in {@code expectedTypes}. For tables and memories pass the provider's current
 * size as the actual minimum.
 */
public final class ExternTypes {
    private ExternTypes() {}

    /** Functions: the provided function's type must be a subtype of the imported one. */
    public static boolean matchesFunc(CanonicalType actual, CanonicalType expected) {
        return actual.isSubtypeOf(expected);
    }

    /** Tags: exception tag types must be equivalent. */
    public static boolean matchesTag(CanonicalType actual, CanonicalType expected) {
        return actual == expected;
    }

    public static boolean matchesLimits(Limits actual, Limits expected) {
        if (Long.compareUnsigned(actual.min(), expected.min()) < 0) return false;
        if (!expected.hasMax()) return true;
        return actual.hasMax() && Long.compareUnsigned(actual.max(), expected.max()) <= 0;
    }

    public static boolean matchesMemory(MemoryType actual, MemoryType expected) {
        Limits a = actual.limits();
        Limits e = expected.limits();
        return a.is64() == e.is64() && a.shared() == e.shared() && a.pageSizeLog2() == e.pageSizeLog2()
                && matchesLimits(a, e);
    }

    /** Tables: same address type, equivalent element types, matching limits. */
    public static boolean matchesTable(TableType actual, TypeContext actualTypes,
                                       TableType expected, TypeContext expectedTypes) {
        return actual.limits().is64() == expected.limits().is64()
                && TypeContext.equivalent(actual.elemType(), actualTypes, expected.elemType(), expectedTypes)
                && matchesLimits(actual.limits(), expected.limits());
    }

    /** Globals: same mutability; mutable globals need equivalent types, immutable ones a subtype. */
    public static boolean matchesGlobal(GlobalType actual, TypeContext actualTypes,
                                        GlobalType expected, TypeContext expectedTypes) {
        if (actual.mutable() != expected.mutable()) return false;
        if (expected.mutable()) {
            return TypeContext.equivalent(actual.type(), actualTypes, expected.type(), expectedTypes);
        }
        return TypeContext.isSubtype(actual.type(), actualTypes, expected.type(), expectedTypes);
    }
}
