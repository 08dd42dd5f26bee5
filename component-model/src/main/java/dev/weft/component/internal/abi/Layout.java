package dev.weft.component.internal.abi;

import dev.weft.component.Type;
import java.util.List;

/**
 * Size and alignment of component values in linear memory. {@code ptrSize} is 4 for a 32-bit
 * memory and 8 for a 64-bit one (strings and lists hold a pointer and a length of that size).
 * Tuples, enums, options and results are laid out as the record or variant they stand for.
 */
public final class Layout {
    private Layout() {}

    public static int alignment(Type t, int ptrSize) {
        return switch (t) {
            case Type.Primitive p -> switch (p) {
                case BOOL, S8, U8 -> 1;
                case S16, U16 -> 2;
                case S32, U32, F32, CHAR, ERROR_CONTEXT -> 4;
                case S64, U64, F64 -> 8;
                case STRING -> ptrSize;
            };
            case Type.ListType l -> l.fixedLength() >= 0 ? alignment(l.element(), ptrSize) : ptrSize;
            case Type.MapType m -> ptrSize;
            case Type.RecordType r -> {
                int a = 1;
                for (Type.Field f : r.fields()) a = Math.max(a, alignment(f.type(), ptrSize));
                yield a;
            }
            case Type.TupleType tu -> {
                int a = 1;
                for (Type e : tu.types()) a = Math.max(a, alignment(e, ptrSize));
                yield a;
            }
            case Type.VariantType v -> Math.max(discriminantSize(v.cases().size()), maxCaseAlignment(payloads(v), ptrSize));
            case Type.EnumType e -> discriminantSize(e.names().size());
            case Type.OptionType o -> Math.max(1, alignment(o.type(), ptrSize));
            case Type.ResultType r -> Math.max(1, maxCaseAlignment(Variants.payloads(r), ptrSize));
            case Type.FlagsType f -> flagsSize(f.names().size());
            case Type.Own o -> 4;
            case Type.Borrow b -> 4;
            case Type.StreamType s -> 4;
            case Type.FutureType f -> 4;
        };
    }

    /** Byte size of a value of type {@code t}, a multiple of its alignment. */
    public static long size(Type t, int ptrSize) {
        return switch (t) {
            case Type.Primitive p -> switch (p) {
                case BOOL, S8, U8 -> 1;
                case S16, U16 -> 2;
                case S32, U32, F32, CHAR, ERROR_CONTEXT -> 4;
                case S64, U64, F64 -> 8;
                case STRING -> 2L * ptrSize;
            };
            case Type.ListType l -> l.fixedLength() >= 0 ? l.fixedLength() * size(l.element(), ptrSize) : 2L * ptrSize;
            case Type.MapType m -> 2L * ptrSize;
            case Type.RecordType r -> {
                long s = 0;
                int a = 1;
                for (Type.Field f : r.fields()) {
                    int fa = alignment(f.type(), ptrSize);
                    s = alignTo(s, fa) + size(f.type(), ptrSize);
                    a = Math.max(a, fa);
                }
                yield alignTo(s, a);
            }
            case Type.TupleType tu -> {
                long s = 0;
                int a = 1;
                for (Type e : tu.types()) {
                    int ea = alignment(e, ptrSize);
                    s = alignTo(s, ea) + size(e, ptrSize);
                    a = Math.max(a, ea);
                }
                yield alignTo(s, a);
            }
            case Type.VariantType v -> variantSize(v.cases().size(), payloads(v), ptrSize);
            case Type.EnumType e -> discriminantSize(e.names().size());
            case Type.OptionType o -> variantSize(2, Variants.payloads(o), ptrSize);
            case Type.ResultType r -> variantSize(2, Variants.payloads(r), ptrSize);
            case Type.FlagsType f -> flagsSize(f.names().size());
            case Type.Own o -> 4;
            case Type.Borrow b -> 4;
            case Type.StreamType s -> 4;
            case Type.FutureType f -> 4;
        };
    }

    /** Bytes of a variant's discriminant: the smallest of 1, 2, 4 that numbers every case. */
    public static int discriminantSize(int caseCount) {
        if (caseCount <= 0) throw new IllegalArgumentException("a variant needs at least one case");
        if (caseCount <= 1 << 8) return 1;
        if (caseCount <= 1 << 16) return 2;
        return 4;
    }

    /** Bytes (and alignment) of a flags value: 1, 2 or 4; the spec allows 1 to 32 labels. */
    public static int flagsSize(int labelCount) {
        if (labelCount <= 0 || labelCount > 32) {
            throw new IllegalArgumentException("flags need 1 to 32 labels, not " + labelCount);
        }
        return labelCount <= 8 ? 1 : labelCount <= 16 ? 2 : 4;
    }

    /** Offset of a variant's payload: the discriminant rounded up to the widest payload's alignment. */
    public static long payloadOffset(int caseCount, List<Type> payloads, int ptrSize) {
        return alignTo(discriminantSize(caseCount), maxCaseAlignment(payloads, ptrSize));
    }

    static int maxCaseAlignment(List<Type> payloads, int ptrSize) {
        int a = 1;
        for (Type p : payloads) if (p != null) a = Math.max(a, alignment(p, ptrSize));
        return a;
    }

    private static long variantSize(int caseCount, List<Type> payloads, int ptrSize) {
        long s = payloadOffset(caseCount, payloads, ptrSize);
        long max = 0;
        for (Type p : payloads) if (p != null) max = Math.max(max, size(p, ptrSize));
        int a = Math.max(discriminantSize(caseCount), maxCaseAlignment(payloads, ptrSize));
        return alignTo(s + max, a);
    }

    private static List<Type> payloads(Type.VariantType v) { return Variants.payloads(v); }

    public static long alignTo(long offset, int alignment) {
        return (offset + alignment - 1) / alignment * alignment;
    }

    public static boolean isAligned(long address, int alignment) {
        return (address & (alignment - 1)) == 0;
    }
}
