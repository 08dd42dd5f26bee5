package dev.weft.component.internal.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.component.Resource;
import dev.weft.component.ResourceType;
import dev.weft.component.Type;
import dev.weft.component.Type.Primitive;
import dev.weft.component.Val;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A host value of the wrong shape is a precise IllegalArgumentException naming the path, never a raw exception. */
class ValueMismatchTest {
    static final ResourceType FILE = ResourceType.host("file");
    static final ResourceType DIR = ResourceType.host("dir");
    static final Type PERSON = new Type.RecordType(List.of(
            new Type.Field("id", Primitive.U32), new Type.Field("name", Primitive.STRING)));
    static final Type COLOR = new Type.EnumType(List.of("red", "green"));
    static final Type SHAPE = new Type.VariantType(List.of(
            new Type.Case("circle", Primitive.F32), new Type.Case("dot", null)));

    static Val person(Val id, Val name) {
        return new Val.RecordVal(List.of(new Val.NamedVal("id", id), new Val.NamedVal("name", name)));
    }

    static Stream<Arguments> cases() {
        Val u32 = new Val.U32(1);
        Val str = new Val.Str("x");
        return Stream.of(
                Arguments.of(Primitive.U32, str, "argument 1: expected u32, got Str"),
                Arguments.of(Primitive.STRING, null, "argument 1: expected string, got null"),
                Arguments.of(PERSON, person(u32, u32), "argument 1, field `name`: expected string, got U32"),
                Arguments.of(PERSON, new Val.RecordVal(List.of(new Val.NamedVal("id", u32))),
                        "argument 1: missing field `name`"),
                Arguments.of(PERSON, new Val.RecordVal(List.of(new Val.NamedVal("name", str), new Val.NamedVal("id", u32))),
                        "argument 1: expected field `id` at position 0, got field `name`"),
                Arguments.of(COLOR, new Val.EnumVal("blue"), "argument 1: unknown case `blue` of enum [red, green]"),
                Arguments.of(SHAPE, new Val.VariantVal("circle", u32), "argument 1, case `circle`: expected f32, got U32"),
                Arguments.of(SHAPE, new Val.VariantVal("dot", u32), "argument 1: case `dot` has no payload, got one"),
                Arguments.of(new Type.OptionType(PERSON), new Val.OptionVal(person(str, str)),
                        "argument 1, some, field `id`: expected u32, got Str"),
                Arguments.of(new Type.ResultType(null, Primitive.U8), new Val.ResultVal(false, u32),
                        "argument 1, error: expected u8, got U32"),
                Arguments.of(new Type.TupleType(List.of(Primitive.U32, Primitive.BOOL)), new Val.TupleVal(List.of(u32, u32)),
                        "argument 1, element 1: expected bool, got U32"),
                Arguments.of(new Type.TupleType(List.of(Primitive.U32)), new Val.TupleVal(List.of()),
                        "argument 1: expected tuple<u32>, got a tuple of 0 elements"),
                Arguments.of(Type.ListType.of(PERSON), new Val.ListVal(List.of(person(u32, str), person(u32, u32))),
                        "argument 1, element 1, field `name`: expected string, got U32"),
                Arguments.of(new Type.FlagsType(List.of("r", "w")), new Val.FlagsVal(Set.of("x")),
                        "argument 1: unknown flag `x`, expected one of [r, w]"),
                Arguments.of(Primitive.CHAR, new Val.Char(0xD800),
                        "argument 1: expected char, got code point 0xd800, which is not a Unicode scalar value"),
                Arguments.of(new Type.Own(FILE), u32, "argument 1: expected own<file>, got U32"),
                Arguments.of(new Type.Own(FILE), new Val.ResourceVal(Resource.own(DIR, "d")),
                        "argument 1: expected own<file>, got a handle of resource type dir"),
                Arguments.of(new Type.Own(FILE), new Val.ResourceVal(Resource.borrow(FILE, "f")),
                        "argument 1: expected own<file>, got a borrowed handle borrow file(f)"),
                Arguments.of(new Type.Borrow(FILE), new Val.ResourceVal(Resource.own(DIR, "d")),
                        "argument 1: expected borrow<file>, got a handle of resource type dir"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void lowersFlatWithAPreciseMessage(Type type, Val value, String message) {
        AbiContext cx = context();
        FuncSignature sig = new FuncSignature(List.of(type), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Abi.lowerParams(cx, sig, java.util.Arrays.asList(value)));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void storesWithTheSamePathWhenSpilled(Type type, Val value, String message) {
        AbiContext cx = context();
        // 17 u64 parameters before it force the parameters into memory
        List<Type> types = new java.util.ArrayList<>(java.util.Collections.nCopies(17, (Type) Primitive.U64));
        types.add(type);
        List<Val> values = new java.util.ArrayList<>(java.util.Collections.nCopies(17, (Val) new Val.U64(0)));
        values.add(value);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Abi.lowerParams(cx, new FuncSignature(types, List.of()), values));
        assertEquals(message.replace("argument 1", "argument 18"), e.getMessage());
    }

    private static AbiContext context() {
        TestHeap heap = new TestHeap();
        return new AbiContext(heap.options(StringEncoding.UTF8), new InstanceState(new ResourceRegistry()),
                new CallScope(), Peer.HOST, null);
    }
}
