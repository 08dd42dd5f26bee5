package dev.weft.component.internal.abi;

import dev.weft.component.Type;
import java.util.List;

/**
 * What the typed support package ({@code dev.weft.component.bindings}) needs from this package beyond
 * {@link FastAbi} and {@link CanonCursor}: the variant rules of {@link Variants} and {@link Flattening}
 * (so the generator's layouts come from the same code as the dynamic path's).
 */
public final class TypedAccess {
    private TypedAccess() {}

    /** The payload types of a variant-like type (variant, enum, option, result), null where a case has none. */
    public static List<Type> payloads(Type variantLike) { return Variants.payloadsOf(variantLike); }

    /** The joined flat slots the cases of a variant-like type share, after the discriminant. */
    public static List<FlatType> joinedPayload(Type variantLike, int ptrSize) {
        return Flattening.variantPayload(Variants.payloadsOf(variantLike), ptrSize);
    }
}
