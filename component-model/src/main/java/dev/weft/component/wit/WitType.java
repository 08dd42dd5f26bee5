package dev.weft.component.wit;

import java.util.List;

/**
 * A WIT type as written at a use site: a primitive, a reference to a named {@link TypeDef}, or one of
 * the anonymous structural types. A plain reference to a resource means an owned handle.
 */
public sealed interface WitType {
    enum Primitive implements WitType {
        BOOL, U8, U16, U32, U64, S8, S16, S32, S64, F32, F64, CHAR, STRING, ERROR_CONTEXT;

        /** The WIT spelling ({@code error-context} for {@link #ERROR_CONTEXT}). */
        public String witName() { return name().toLowerCase().replace('_', '-'); }
    }

    /** A named type: a record, variant, enum, flags, resource or alias defined somewhere. */
    record Ref(TypeDef def) implements WitType {}

    /** {@code list<T>}, or {@code list<T, N>} when {@code length >= 0}. */
    record ListType(WitType element, int length) implements WitType {
        public boolean isFixed() { return length >= 0; }
    }

    record OptionType(WitType some) implements WitType {}

    /** {@code result<ok, err>}; either side is null when absent ({@code _} or omitted). */
    record ResultType(WitType ok, WitType err) implements WitType {}

    record TupleType(List<WitType> elements) implements WitType {}

    record MapType(WitType key, WitType value) implements WitType {}

    /**
     * {@code own<r>} or {@code borrow<r>} written explicitly (methods' {@code self} too). {@code resource}
     * is the definition the handle names, which may be an alias (e.g. from {@code use}); its
     * {@link TypeDef#unaliased()} is the resource itself.
     */
    record HandleType(TypeDef resource, boolean borrow) implements WitType {}

    /** {@code future<T>}; payload null for a bare {@code future}. */
    record FutureType(WitType payload) implements WitType {}

    /** {@code stream<T>}; payload null for a bare {@code stream}. */
    record StreamType(WitType payload) implements WitType {}
}
