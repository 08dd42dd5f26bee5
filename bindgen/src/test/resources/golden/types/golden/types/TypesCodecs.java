package golden.types;

import dev.weft.component.ComponentInstance;
import dev.weft.component.Type;
import dev.weft.component.Val;
import dev.weft.component.bindings.Tuple2;
import dev.weft.component.bindings.Vals;
import java.util.EnumSet;
import java.util.List;

/**
 * Conversions between the Java types of world {@code test:types/types@0.1.0} and dynamic values.
 */
final class TypesCodecs {
    private static final List<String> COLOR_NAMES = List.of("red", "dark-green", "blue");

    private static final List<String> PERMISSIONS_NAMES = List.of("read", "write", "exec");

    private static final List<String> ERRORCODE_NAMES = List.of("not-found", "too-big");

    private TypesCodecs() {
    }

    static Val lowerPoint(Point value) {
        return new Val.RecordVal(List.of(
                new Val.NamedVal("x", new Val.S32(value.x())),
                new Val.NamedVal("y", new Val.S32(value.y()))));
    }

    static Point liftPoint(Val value, ComponentInstance _inst) {
        Val.RecordVal _r = (Val.RecordVal) value;
        return new Point(
                ((Val.S32) _r.fields().get(0).value()).value(),
                ((Val.S32) _r.fields().get(1).value()).value());
    }

    static Type typeOfPoint() {
        return new Type.RecordType(List.of(
                new Type.Field("x", Type.Primitive.S32),
                new Type.Field("y", Type.Primitive.S32)));
    }

    static Val lowerShape(Shape value) {
        return switch (value) {
            case Shape.Circle _c -> new Val.VariantVal("circle", new Val.F64(_c.value()));
            case Shape.Rect _c -> new Val.VariantVal("rect", new Val.TupleVal(List.of(TypesCodecs.lowerPoint(_c.value().v0()), TypesCodecs.lowerPoint(_c.value().v1()))));
            case Shape.None _c -> new Val.VariantVal("none", null);
        };
    }

    static Shape liftShape(Val value, ComponentInstance _inst) {
        Val.VariantVal _v = (Val.VariantVal) value;
        return switch (_v.caseName()) {
            case "circle" -> new Shape.Circle(((Val.F64) _v.payload()).value());
            case "rect" -> new Shape.Rect(new Tuple2<>(TypesCodecs.liftPoint(((Val.TupleVal) _v.payload()).elements().get(0), _inst), TypesCodecs.liftPoint(((Val.TupleVal) _v.payload()).elements().get(1), _inst)));
            case "none" -> new Shape.None();
            default -> throw new IllegalArgumentException("unknown case of shape: " + _v.caseName());
        };
    }

    static Type typeOfShape() {
        return new Type.VariantType(List.of(
                new Type.Case("circle", Type.Primitive.F64),
                new Type.Case("rect", new Type.TupleType(List.of(TypesCodecs.typeOfPoint(), TypesCodecs.typeOfPoint()))),
                new Type.Case("none", null)));
    }

    static Val lowerColor(Color value) {
        return Vals.enumCase(value, COLOR_NAMES);
    }

    static Color liftColor(Val value, ComponentInstance _inst) {
        return Vals.enumCase(value, Color.values(), COLOR_NAMES);
    }

    static Type typeOfColor() {
        return new Type.EnumType(COLOR_NAMES);
    }

    static Val lowerPermissions(EnumSet<Permissions> value) {
        return Vals.flags(value, PERMISSIONS_NAMES);
    }

    static EnumSet<Permissions> liftPermissions(Val value, ComponentInstance _inst) {
        return Vals.flags(value, Permissions.class, PERMISSIONS_NAMES);
    }

    static Type typeOfPermissions() {
        return new Type.FlagsType(PERMISSIONS_NAMES);
    }

    static Val lowerEverything(Everything value) {
        return new Val.RecordVal(List.of(
                new Val.NamedVal("a-bool", new Val.Bool(value.aBool())),
                new Val.NamedVal("a-u8", new Val.U8(value.aU8())),
                new Val.NamedVal("a-s8", new Val.S8(value.aS8())),
                new Val.NamedVal("a-u16", new Val.U16(value.aU16())),
                new Val.NamedVal("a-s16", new Val.S16(value.aS16())),
                new Val.NamedVal("a-u32", new Val.U32(value.aU32())),
                new Val.NamedVal("a-s32", new Val.S32(value.aS32())),
                new Val.NamedVal("a-u64", new Val.U64(value.aU64())),
                new Val.NamedVal("a-s64", new Val.S64(value.aS64())),
                new Val.NamedVal("a-f32", new Val.F32(value.aF32())),
                new Val.NamedVal("a-f64", new Val.F64(value.aF64())),
                new Val.NamedVal("a-char", new Val.Char(value.aChar())),
                new Val.NamedVal("a-string", new Val.Str(value.aString())),
                new Val.NamedVal("bytes", Vals.list(value.bytes(), true)),
                new Val.NamedVal("words", Vals.list(value.words(), true)),
                new Val.NamedVal("floats", Vals.list(value.floats())),
                new Val.NamedVal("names", Vals.list(value.names(), _e0 -> new Val.Str(_e0))),
                new Val.NamedVal("maybe", Vals.option(value.maybe(), _e0 -> new Val.U32(_e0))),
                new Val.NamedVal("maybe-maybe", Vals.option(value.maybeMaybe(), _e0 -> Vals.option(_e0, _e1 -> new Val.Str(_e1)))),
                new Val.NamedVal("outcome", Vals.result(value.outcome(), _e0 -> new Val.U32(_e0), _e0 -> new Val.Str(_e0))),
                new Val.NamedVal("bare", Vals.result(value.bare(), null, null)),
                new Val.NamedVal("pair", new Val.TupleVal(List.of(new Val.U8(value.pair().v0()), new Val.Str(value.pair().v1())))),
                new Val.NamedVal("color", TypesCodecs.lowerColor(value.color())),
                new Val.NamedVal("perms", TypesCodecs.lowerPermissions(value.perms())),
                new Val.NamedVal("class", new Val.U32(value.class_())),
                new Val.NamedVal("hash-code", new Val.S64(value.hashCode_()))));
    }

    static Everything liftEverything(Val value, ComponentInstance _inst) {
        Val.RecordVal _r = (Val.RecordVal) value;
        return new Everything(
                ((Val.Bool) _r.fields().get(0).value()).value(),
                ((Val.U8) _r.fields().get(1).value()).value(),
                ((Val.S8) _r.fields().get(2).value()).value(),
                ((Val.U16) _r.fields().get(3).value()).value(),
                ((Val.S16) _r.fields().get(4).value()).value(),
                ((Val.U32) _r.fields().get(5).value()).value(),
                ((Val.S32) _r.fields().get(6).value()).value(),
                ((Val.U64) _r.fields().get(7).value()).value(),
                ((Val.S64) _r.fields().get(8).value()).value(),
                ((Val.F32) _r.fields().get(9).value()).value(),
                ((Val.F64) _r.fields().get(10).value()).value(),
                ((Val.Char) _r.fields().get(11).value()).codePoint(),
                ((Val.Str) _r.fields().get(12).value()).value(),
                Vals.bytes(_r.fields().get(13).value()),
                Vals.ints(_r.fields().get(14).value()),
                Vals.doubles(_r.fields().get(15).value()),
                Vals.list(_r.fields().get(16).value(), _e0 -> ((Val.Str) _e0).value()),
                Vals.option(_r.fields().get(17).value(), _e0 -> ((Val.U32) _e0).value()),
                Vals.option(_r.fields().get(18).value(), _e0 -> Vals.option(_e0, _e1 -> ((Val.Str) _e1).value())),
                Vals.result(_r.fields().get(19).value(), _e0 -> ((Val.U32) _e0).value(), _e0 -> ((Val.Str) _e0).value()),
                Vals.result(_r.fields().get(20).value(), null, null),
                new Tuple2<>(((Val.U8) ((Val.TupleVal) _r.fields().get(21).value()).elements().get(0)).value(), ((Val.Str) ((Val.TupleVal) _r.fields().get(21).value()).elements().get(1)).value()),
                TypesCodecs.liftColor(_r.fields().get(22).value(), _inst),
                TypesCodecs.liftPermissions(_r.fields().get(23).value(), _inst),
                ((Val.U32) _r.fields().get(24).value()).value(),
                ((Val.S64) _r.fields().get(25).value()).value());
    }

    static Type typeOfEverything() {
        return new Type.RecordType(List.of(
                new Type.Field("a-bool", Type.Primitive.BOOL),
                new Type.Field("a-u8", Type.Primitive.U8),
                new Type.Field("a-s8", Type.Primitive.S8),
                new Type.Field("a-u16", Type.Primitive.U16),
                new Type.Field("a-s16", Type.Primitive.S16),
                new Type.Field("a-u32", Type.Primitive.U32),
                new Type.Field("a-s32", Type.Primitive.S32),
                new Type.Field("a-u64", Type.Primitive.U64),
                new Type.Field("a-s64", Type.Primitive.S64),
                new Type.Field("a-f32", Type.Primitive.F32),
                new Type.Field("a-f64", Type.Primitive.F64),
                new Type.Field("a-char", Type.Primitive.CHAR),
                new Type.Field("a-string", Type.Primitive.STRING),
                new Type.Field("bytes", new Type.ListType(Type.Primitive.U8, -1)),
                new Type.Field("words", new Type.ListType(Type.Primitive.U32, -1)),
                new Type.Field("floats", new Type.ListType(Type.Primitive.F64, -1)),
                new Type.Field("names", new Type.ListType(Type.Primitive.STRING, -1)),
                new Type.Field("maybe", new Type.OptionType(Type.Primitive.U32)),
                new Type.Field("maybe-maybe", new Type.OptionType(new Type.OptionType(Type.Primitive.STRING))),
                new Type.Field("outcome", new Type.ResultType(Type.Primitive.U32, Type.Primitive.STRING)),
                new Type.Field("bare", new Type.ResultType(null, null)),
                new Type.Field("pair", new Type.TupleType(List.of(Type.Primitive.U8, Type.Primitive.STRING))),
                new Type.Field("color", TypesCodecs.typeOfColor()),
                new Type.Field("perms", TypesCodecs.typeOfPermissions()),
                new Type.Field("class", Type.Primitive.U32),
                new Type.Field("hash-code", Type.Primitive.S64)));
    }

    static Val lowerErrorCode(ErrorCode value) {
        return Vals.enumCase(value, ERRORCODE_NAMES);
    }

    static ErrorCode liftErrorCode(Val value, ComponentInstance _inst) {
        return Vals.enumCase(value, ErrorCode.values(), ERRORCODE_NAMES);
    }

    static Type typeOfErrorCode() {
        return new Type.EnumType(ERRORCODE_NAMES);
    }
}
