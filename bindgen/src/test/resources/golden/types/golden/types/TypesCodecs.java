package golden.types;

import dev.weft.component.ComponentInstance;
import dev.weft.component.Type;
import dev.weft.component.Val;
import dev.weft.component.bindings.Canon;
import dev.weft.component.bindings.Result;
import dev.weft.component.bindings.Tuple2;
import dev.weft.component.bindings.Vals;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Conversions of the Java types of world {@code test:types/types@0.1.0}: to and from dynamic values, and the typed path's
 * Canonical ABI code.
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

    static void pushPoint(Canon _c, Point v) {
        _c.i32(v.x());
        _c.i32(v.y());
    }

    static void push_tuple1(Canon _c, Tuple2<Point, Point> v) {
        TypesCodecs.pushPoint(_c, v.v0());
        TypesCodecs.pushPoint(_c, v.v1());
    }

    static void pushShape(Canon _c, Shape v) {
        switch (v) {
            case Shape.Circle _x -> {
                _c.i32(0);
                _c.join("liii");
                _c.f64(_x.value());
                _c.endJoin();
            }
            case Shape.Rect _x -> {
                _c.i32(1);
                _c.join("liii");
                TypesCodecs.push_tuple1(_c, _x.value());
                _c.endJoin();
            }
            case Shape.None _x -> {
                _c.i32(2);
                _c.join("liii");
                _c.endJoin();
            }
        }
    }

    static void pushColor(Canon _c, Color v) {
        _c.i32(v.ordinal());
    }

    static void pushPermissions(Canon _c, EnumSet<Permissions> v) {
        int _b = 0;
        for (Permissions _f : v) _b |= 1 << _f.ordinal();
        _c.i32(_b);
    }

    static Color getColor(Canon _c, long _at) {
        return Color.values()[_c.discriminant(_c.get8(_at) & 0xFF, 3)];
    }

    static Optional<Color> get_option2(Canon _c, long _at) {
        int _d = _c.discriminant(_c.get8(_at) & 0xFF, 2);
        return _d == 0 ? Optional.empty() : Optional.of(TypesCodecs.getColor(_c, _at + 1));
    }

    static void put_list3(Canon _c, long _at, byte[] v) {
        _c.putPtr(_at, _c.storeBytes(v));
        _c.putPtr(_at + 4, v.length);
    }

    static void put_list4(Canon _c, long _at, int[] v) {
        _c.putPtr(_at, _c.storeInts(v));
        _c.putPtr(_at + 4, v.length);
    }

    static void put_list5(Canon _c, long _at, double[] v) {
        _c.putPtr(_at, _c.storeDoubles(v));
        _c.putPtr(_at + 4, v.length);
    }

    static void put_list6(Canon _c, long _at, List<String> v) {
        long _p = _c.allocList(v.size(), 8, 4);
        long _at2 = _p;
        for (String _e : v) {
            _c.putString(_at2, _e);
            _at2 += 8;
        }
        _c.putPtr(_at, _p);
        _c.putPtr(_at + 4, v.size());
    }

    static void put_option7(Canon _c, long _at, Optional<Integer> v) {
        if (v.isPresent()) {
            _c.put8(_at, 1);
            _c.put32(_at + 4, v.get());
        } else {
            _c.put8(_at, 0);
        }
    }

    static void put_option9(Canon _c, long _at, Optional<String> v) {
        if (v.isPresent()) {
            _c.put8(_at, 1);
            _c.putString(_at + 4, v.get());
        } else {
            _c.put8(_at, 0);
        }
    }

    static void put_option8(Canon _c, long _at, Optional<Optional<String>> v) {
        if (v.isPresent()) {
            _c.put8(_at, 1);
            TypesCodecs.put_option9(_c, _at + 4, v.get());
        } else {
            _c.put8(_at, 0);
        }
    }

    static void put_result10(Canon _c, long _at, Result<Integer, String> v) {
        if (v instanceof Result.Ok<Integer, String> _o) {
            _c.put8(_at, 0);
            _c.put32(_at + 4, _o.value());
        } else if (v instanceof Result.Err<Integer, String> _x) {
            _c.put8(_at, 1);
            _c.putString(_at + 4, _x.error());
        }
    }

    static void put_result11(Canon _c, long _at, Result<Void, Void> v) {
        if (v instanceof Result.Ok<Void, Void> _o) {
            _c.put8(_at, 0);
        } else if (v instanceof Result.Err<Void, Void> _x) {
            _c.put8(_at, 1);
        }
    }

    static void put_tuple12(Canon _c, long _at, Tuple2<Byte, String> v) {
        _c.put8(_at, v.v0());
        _c.putString(_at + 4, v.v1());
    }

    static void putColor(Canon _c, long _at, Color v) {
        _c.put8(_at, v.ordinal());
    }

    static void putPermissions(Canon _c, long _at, EnumSet<Permissions> v) {
        int _b = 0;
        for (Permissions _f : v) _b |= 1 << _f.ordinal();
        _c.put8(_at, _b);
    }

    static void putEverything(Canon _c, long _at, Everything v) {
        _c.put8(_at, v.aBool() ? 1 : 0);
        _c.put8(_at + 1, v.aU8());
        _c.put8(_at + 2, v.aS8());
        _c.put16(_at + 4, v.aU16());
        _c.put16(_at + 6, v.aS16());
        _c.put32(_at + 8, v.aU32());
        _c.put32(_at + 12, v.aS32());
        _c.put64(_at + 16, v.aU64());
        _c.put64(_at + 24, v.aS64());
        _c.putF32(_at + 32, v.aF32());
        _c.putF64(_at + 40, v.aF64());
        _c.put32(_at + 48, _c.scalar(v.aChar()));
        _c.putString(_at + 52, v.aString());
        TypesCodecs.put_list3(_c, _at + 60, v.bytes());
        TypesCodecs.put_list4(_c, _at + 68, v.words());
        TypesCodecs.put_list5(_c, _at + 76, v.floats());
        TypesCodecs.put_list6(_c, _at + 84, v.names());
        TypesCodecs.put_option7(_c, _at + 92, v.maybe());
        TypesCodecs.put_option8(_c, _at + 100, v.maybeMaybe());
        TypesCodecs.put_result10(_c, _at + 116, v.outcome());
        TypesCodecs.put_result11(_c, _at + 128, v.bare());
        TypesCodecs.put_tuple12(_c, _at + 132, v.pair());
        TypesCodecs.putColor(_c, _at + 144, v.color());
        TypesCodecs.putPermissions(_c, _at + 145, v.perms());
        _c.put32(_at + 148, v.class_());
        _c.put64(_at + 152, v.hashCode_());
    }

    static byte[] get_list3(Canon _c, long _at) {
        return _c.loadBytes(_c.getPtr(_at), _c.getPtr(_at + 4));
    }

    static int[] get_list4(Canon _c, long _at) {
        return _c.loadInts(_c.getPtr(_at), _c.getPtr(_at + 4));
    }

    static double[] get_list5(Canon _c, long _at) {
        return _c.loadDoubles(_c.getPtr(_at), _c.getPtr(_at + 4));
    }

    static List<String> get_list6(Canon _c, long _at) {
        long _p = _c.getPtr(_at);
        int _n = _c.checkList(_p, _c.getPtr(_at + 4), 8, 4);
        List<String> _r = new ArrayList<>(_n);
        for (int _i = 0; _i < _n; _i++) {
            _r.add(_c.getString(_p + (long) _i * 8));
        }
        return Collections.unmodifiableList(_r);
    }

    static Optional<Integer> get_option7(Canon _c, long _at) {
        int _d = _c.discriminant(_c.get8(_at) & 0xFF, 2);
        return _d == 0 ? Optional.empty() : Optional.of(_c.get32(_at + 4));
    }

    static Optional<String> get_option9(Canon _c, long _at) {
        int _d = _c.discriminant(_c.get8(_at) & 0xFF, 2);
        return _d == 0 ? Optional.empty() : Optional.of(_c.getString(_at + 4));
    }

    static Optional<Optional<String>> get_option8(Canon _c, long _at) {
        int _d = _c.discriminant(_c.get8(_at) & 0xFF, 2);
        return _d == 0 ? Optional.empty() : Optional.of(TypesCodecs.get_option9(_c, _at + 4));
    }

    static Result<Integer, String> get_result10(Canon _c, long _at) {
        int _d = _c.discriminant(_c.get8(_at) & 0xFF, 2);
        return _d == 0 ? Result.<Integer, String>ok(_c.get32(_at + 4)) : Result.<Integer, String>err(_c.getString(_at + 4));
    }

    static Result<Void, Void> get_result11(Canon _c, long _at) {
        int _d = _c.discriminant(_c.get8(_at) & 0xFF, 2);
        return _d == 0 ? Result.<Void, Void>ok(null) : Result.<Void, Void>err(null);
    }

    static Tuple2<Byte, String> get_tuple12(Canon _c, long _at) {
        return new Tuple2<>(_c.get8(_at), _c.getString(_at + 4));
    }

    static EnumSet<Permissions> getPermissions(Canon _c, long _at) {
        EnumSet<Permissions> _r = EnumSet.noneOf(Permissions.class);
        int _b = _c.get8(_at) & 0xFF;
        for (Permissions _f : Permissions.values()) if ((_b >>> _f.ordinal() & 1) != 0) _r.add(_f);
        return _r;
    }

    static Everything getEverything(Canon _c, long _at) {
        return new Everything(_c.get8(_at) != 0, _c.get8(_at + 1), _c.get8(_at + 2), _c.get16(_at + 4), _c.get16(_at + 6), _c.get32(_at + 8), _c.get32(_at + 12), _c.get64(_at + 16), _c.get64(_at + 24), _c.getF32(_at + 32), _c.getF64(_at + 40), _c.codePoint(_c.get32(_at + 48)), _c.getString(_at + 52), TypesCodecs.get_list3(_c, _at + 60), TypesCodecs.get_list4(_c, _at + 68), TypesCodecs.get_list5(_c, _at + 76), TypesCodecs.get_list6(_c, _at + 84), TypesCodecs.get_option7(_c, _at + 92), TypesCodecs.get_option8(_c, _at + 100), TypesCodecs.get_result10(_c, _at + 116), TypesCodecs.get_result11(_c, _at + 128), TypesCodecs.get_tuple12(_c, _at + 132), TypesCodecs.getColor(_c, _at + 144), TypesCodecs.getPermissions(_c, _at + 145), _c.get32(_at + 148), _c.get64(_at + 152));
    }

    static void putPoint(Canon _c, long _at, Point v) {
        _c.put32(_at, v.x());
        _c.put32(_at + 4, v.y());
    }

    static void push_list23(Canon _c, List<Point> v) {
        long _p = _c.allocList(v.size(), 8, 4);
        long _at2 = _p;
        for (Point _e : v) {
            TypesCodecs.putPoint(_c, _at2, _e);
            _at2 += 8;
        }
        _c.ptr(_p);
        _c.ptr(v.size());
    }

    static Point getPoint(Canon _c, long _at) {
        return new Point(_c.get32(_at), _c.get32(_at + 4));
    }

    static ErrorCode getErrorCode(Canon _c, long _at) {
        return ErrorCode.values()[_c.discriminant(_c.get8(_at) & 0xFF, 2)];
    }

    static Result<Point, ErrorCode> get_result24(Canon _c, long _at) {
        int _d = _c.discriminant(_c.get8(_at) & 0xFF, 2);
        return _d == 0 ? Result.<Point, ErrorCode>ok(TypesCodecs.getPoint(_c, _at + 4)) : Result.<Point, ErrorCode>err(TypesCodecs.getErrorCode(_c, _at + 4));
    }

    static Result<Long, String> get_result25(Canon _c, long _at) {
        int _d = _c.discriminant(_c.get8(_at) & 0xFF, 2);
        return _d == 0 ? Result.<Long, String>ok(_c.get64(_at + 8)) : Result.<Long, String>err(_c.getString(_at + 8));
    }

    static Result<Void, ErrorCode> get_result26(Canon _c, long _at) {
        int _d = _c.discriminant(_c.get8(_at) & 0xFF, 2);
        return _d == 0 ? Result.<Void, ErrorCode>ok(null) : Result.<Void, ErrorCode>err(TypesCodecs.getErrorCode(_c, _at + 1));
    }

    static void push_tuple27(Canon _c, Tuple2<String, Integer> v) {
        _c.string(v.v0());
        _c.i32(v.v1());
    }

    static Tuple2<Integer, String> get_tuple28(Canon _c, long _at) {
        return new Tuple2<>(_c.get32(_at), _c.getString(_at + 4));
    }
}
