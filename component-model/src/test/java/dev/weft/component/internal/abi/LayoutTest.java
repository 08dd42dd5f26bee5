package dev.weft.component.internal.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.component.ResourceType;
import dev.weft.component.Type;
import dev.weft.component.Type.Primitive;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class LayoutTest {
    static final ResourceType R = ResourceType.host("r");

    static Type record(Type... types) {
        List<Type.Field> fields = new ArrayList<>();
        for (int i = 0; i < types.length; i++) fields.add(new Type.Field("f" + i, types[i]));
        return new Type.RecordType(fields);
    }

    static Type variant(Type... payloads) {
        List<Type.Case> cases = new ArrayList<>();
        for (int i = 0; i < payloads.length; i++) cases.add(new Type.Case("c" + i, payloads[i]));
        return new Type.VariantType(cases);
    }

    static Type enumOf(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) names.add("e" + i);
        return new Type.EnumType(names);
    }

    static Type flags(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) names.add("f" + i);
        return new Type.FlagsType(names);
    }

    static Type tuple(Type... types) { return new Type.TupleType(Arrays.asList(types)); }

    /** type, size and alignment with 32-bit pointers, then with 64-bit pointers. */
    static Stream<Arguments> layouts() {
        return Stream.of(
                Arguments.of(Primitive.BOOL, 1, 1, 1, 1),
                Arguments.of(Primitive.S8, 1, 1, 1, 1),
                Arguments.of(Primitive.U16, 2, 2, 2, 2),
                Arguments.of(Primitive.S32, 4, 4, 4, 4),
                Arguments.of(Primitive.U64, 8, 8, 8, 8),
                Arguments.of(Primitive.F32, 4, 4, 4, 4),
                Arguments.of(Primitive.F64, 8, 8, 8, 8),
                Arguments.of(Primitive.CHAR, 4, 4, 4, 4),
                Arguments.of(Primitive.STRING, 8, 4, 16, 8),
                Arguments.of(Primitive.ERROR_CONTEXT, 4, 4, 4, 4),
                Arguments.of(Type.ListType.of(Primitive.U8), 8, 4, 16, 8),
                Arguments.of(new Type.ListType(Primitive.U16, 3), 6, 2, 6, 2),
                Arguments.of(new Type.ListType(Primitive.STRING, 2), 16, 4, 32, 8),
                Arguments.of(record(Primitive.U8, Primitive.U32), 8, 4, 8, 4),
                Arguments.of(record(Primitive.U8, Primitive.U16, Primitive.U8), 6, 2, 6, 2),
                Arguments.of(record(Primitive.U8, Primitive.STRING), 12, 4, 24, 8),
                Arguments.of(tuple(Primitive.U8, Primitive.U64), 16, 8, 16, 8),
                Arguments.of(tuple(), 0, 1, 0, 1),
                Arguments.of(variant(null, Primitive.U8), 2, 1, 2, 1),
                Arguments.of(variant(Primitive.U64, null), 16, 8, 16, 8),
                Arguments.of(variant(Primitive.U16, Primitive.F32, null), 8, 4, 8, 4),
                Arguments.of(variant(null, Primitive.STRING), 12, 4, 24, 8),
                Arguments.of(enumOf(3), 1, 1, 1, 1),
                Arguments.of(enumOf(256), 1, 1, 1, 1),
                Arguments.of(enumOf(257), 2, 2, 2, 2),
                Arguments.of(enumOf(65537), 4, 4, 4, 4),
                Arguments.of(new Type.OptionType(Primitive.U32), 8, 4, 8, 4),
                Arguments.of(new Type.OptionType(Primitive.U8), 2, 1, 2, 1),
                Arguments.of(new Type.OptionType(Primitive.STRING), 12, 4, 24, 8),
                Arguments.of(new Type.ResultType(Primitive.U64, Primitive.U8), 16, 8, 16, 8),
                Arguments.of(new Type.ResultType(null, null), 1, 1, 1, 1),
                Arguments.of(new Type.ResultType(null, Primitive.U16), 4, 2, 4, 2),
                Arguments.of(flags(1), 1, 1, 1, 1),
                Arguments.of(flags(8), 1, 1, 1, 1),
                Arguments.of(flags(9), 2, 2, 2, 2),
                Arguments.of(flags(16), 2, 2, 2, 2),
                Arguments.of(flags(17), 4, 4, 4, 4),
                Arguments.of(flags(32), 4, 4, 4, 4),
                Arguments.of(new Type.Own(R), 4, 4, 4, 4),
                Arguments.of(new Type.Borrow(R), 4, 4, 4, 4),
                Arguments.of(new Type.StreamType(Primitive.U8), 4, 4, 4, 4),
                Arguments.of(new Type.FutureType(null), 4, 4, 4, 4),
                Arguments.of(record(new Type.OptionType(Primitive.U8), Primitive.U64, Primitive.BOOL), 24, 8, 24, 8));
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void sizeAndAlignment(Type t, int size32, int align32, int size64, int align64) {
        assertEquals(size32, Layout.size(t, 4), "size");
        assertEquals(align32, Layout.alignment(t, 4), "alignment");
        assertEquals(size64, Layout.size(t, 8), "size (memory64)");
        assertEquals(align64, Layout.alignment(t, 8), "alignment (memory64)");
    }

    @Test
    void flagsOutsideOneToThirtyTwoLabelsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Layout.size(flags(33), 4));
        assertThrows(IllegalArgumentException.class, () -> Layout.alignment(flags(0), 4));
    }

    @Test
    void payloadSitsAfterTheDiscriminantAtTheWidestCaseAlignment() {
        assertEquals(8, Layout.payloadOffset(2, Arrays.asList(Primitive.U8, Primitive.F64), 4));
        assertEquals(2, Layout.payloadOffset(300, Arrays.asList(Primitive.U8, null), 4));
        assertEquals(4, Layout.payloadOffset(3, Arrays.asList(null, Primitive.STRING, null), 4));
    }
}
