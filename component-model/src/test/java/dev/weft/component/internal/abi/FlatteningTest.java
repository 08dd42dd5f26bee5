package dev.weft.component.internal.abi;

import static dev.weft.component.internal.abi.FlatType.F32;
import static dev.weft.component.internal.abi.FlatType.F64;
import static dev.weft.component.internal.abi.FlatType.I32;
import static dev.weft.component.internal.abi.FlatType.I64;
import static dev.weft.component.internal.abi.LayoutTest.flags;
import static dev.weft.component.internal.abi.LayoutTest.record;
import static dev.weft.component.internal.abi.LayoutTest.tuple;
import static dev.weft.component.internal.abi.LayoutTest.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.Type;
import dev.weft.component.Type.Primitive;
import dev.weft.engine.FuncType;
import dev.weft.engine.ValueType;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FlatteningTest {

    static Stream<Arguments> flattenings() {
        return Stream.of(
                Arguments.of(Primitive.BOOL, List.of(I32)),
                Arguments.of(Primitive.U8, List.of(I32)),
                Arguments.of(Primitive.S64, List.of(I64)),
                Arguments.of(Primitive.F32, List.of(F32)),
                Arguments.of(Primitive.F64, List.of(F64)),
                Arguments.of(Primitive.CHAR, List.of(I32)),
                Arguments.of(Primitive.STRING, List.of(I32, I32)),
                Arguments.of(Type.ListType.of(Primitive.F64), List.of(I32, I32)),
                Arguments.of(new Type.ListType(Primitive.F32, 3), List.of(F32, F32, F32)),
                Arguments.of(record(Primitive.U8, Primitive.F32, Primitive.STRING), List.of(I32, F32, I32, I32)),
                Arguments.of(tuple(Primitive.U64, Primitive.F64), List.of(I64, F64)),
                Arguments.of(variant(Primitive.F32, Primitive.U32), List.of(I32, I32)),
                Arguments.of(variant(Primitive.F32, Primitive.F32), List.of(I32, F32)),
                Arguments.of(variant(Primitive.F32, Primitive.F64), List.of(I32, I64)),
                Arguments.of(variant(Primitive.U64, Primitive.F32), List.of(I32, I64)),
                Arguments.of(variant(Primitive.U32, Primitive.F64), List.of(I32, I64)),
                Arguments.of(variant(null, null), List.of(I32)),
                Arguments.of(variant(record(Primitive.U8, Primitive.F32), Primitive.F64), List.of(I32, I64, F32)),
                Arguments.of(new Type.OptionType(Primitive.F64), List.of(I32, F64)),
                Arguments.of(new Type.ResultType(Primitive.STRING, Primitive.U64), List.of(I32, I64, I32)),
                Arguments.of(new Type.ResultType(null, null), List.of(I32)),
                Arguments.of(LayoutTest.enumOf(5), List.of(I32)),
                Arguments.of(flags(20), List.of(I32)),
                Arguments.of(new Type.Own(LayoutTest.R), List.of(I32)),
                Arguments.of(new Type.Borrow(LayoutTest.R), List.of(I32)),
                Arguments.of(new Type.StreamType(null), List.of(I32)),
                Arguments.of(Primitive.ERROR_CONTEXT, List.of(I32)));
    }

    @ParameterizedTest
    @MethodSource("flattenings")
    void flattenType(Type t, List<FlatType> expected) {
        assertEquals(expected, Flattening.flatten(t, 4));
    }

    @Test
    void memory64PointersAndLengthsAreI64() {
        assertEquals(List.of(I64, I64), Flattening.flatten(Primitive.STRING, 8));
        assertEquals(List.of(I32, I64, I64), Flattening.flatten(new Type.OptionType(Type.ListType.of(Primitive.U8)), 8));
    }

    @Test
    void sixteenFlatParamsStayFlatSeventeenSpill() {
        FuncSignature sixteen = new FuncSignature(Collections.nCopies(16, Primitive.U32), List.of());
        FuncSignature seventeen = new FuncSignature(Collections.nCopies(17, Primitive.U32), List.of());
        assertFalse(sixteen.paramsSpilled(4));
        assertEquals(16, sixteen.liftCoreType(4).params().size());
        assertTrue(seventeen.paramsSpilled(4));
        assertEquals(FuncType.of(List.of(ValueType.I32), List.of()), seventeen.liftCoreType(4));
        assertEquals(FuncType.of(List.of(ValueType.I32), List.of()), seventeen.lowerCoreType(4));
        assertEquals(FuncType.of(List.of(ValueType.I64), List.of()), seventeen.lowerCoreType(8));
    }

    @Test
    void multipleFlatResultsGoThroughMemory() {
        FuncSignature sig = new FuncSignature(List.of(Primitive.F64), List.of(Primitive.STRING));
        assertEquals(FuncType.of(List.of(ValueType.F64), List.of(ValueType.I32)), sig.liftCoreType(4));
        assertEquals(FuncType.of(List.of(ValueType.F64, ValueType.I32), List.of()), sig.lowerCoreType(4));
        FuncSignature one = new FuncSignature(List.of(), List.of(Primitive.U64));
        assertEquals(FuncType.of(List.of(), List.of(ValueType.I64)), one.liftCoreType(4));
        assertEquals(FuncType.of(List.of(), List.of(ValueType.I64)), one.lowerCoreType(4));
    }

    @Test
    void spilledParamsAndResultsTogetherUnderLower() {
        FuncSignature sig = new FuncSignature(Collections.nCopies(9, Primitive.STRING), List.of(tuple(Primitive.U8, Primitive.U8)));
        assertEquals(FuncType.of(List.of(ValueType.I32, ValueType.I32), List.of()), sig.lowerCoreType(4));
        assertEquals(FuncType.of(List.of(ValueType.I32), List.of(ValueType.I32)), sig.liftCoreType(4));
    }

    @Test
    void asyncCoreTypes() {
        FuncSignature five = new FuncSignature(Collections.nCopies(5, (Type) Primitive.U32), List.of(Primitive.STRING));
        assertEquals(FuncType.of(List.of(ValueType.I32, ValueType.I32), List.of(ValueType.I32)), five.asyncLowerCoreType(4));
        assertEquals(FuncType.of(Collections.nCopies(5, ValueType.I32), List.of()), five.asyncLiftCoreType(4, false));
        assertEquals(FuncType.of(Collections.nCopies(5, ValueType.I32), List.of(ValueType.I32)), five.asyncLiftCoreType(4, true));
        FuncSignature four = new FuncSignature(Collections.nCopies(4, (Type) Primitive.U64), List.of());
        assertEquals(FuncType.of(Collections.nCopies(4, ValueType.I64), List.of(ValueType.I32)), four.asyncLowerCoreType(4));
        FuncSignature many = new FuncSignature(Collections.nCopies(17, (Type) Primitive.U8), List.of());
        assertEquals(FuncType.of(List.of(ValueType.I64), List.of()), many.asyncLiftCoreType(8, false));
    }

    @Test
    void joinRules() {
        assertEquals(I32, FlatType.join(I32, F32));
        assertEquals(I32, FlatType.join(F32, I32));
        assertEquals(I64, FlatType.join(F32, F64));
        assertEquals(I64, FlatType.join(I32, I64));
        assertEquals(I64, FlatType.join(F64, I32));
        assertEquals(F64, FlatType.join(F64, F64));
    }
}
