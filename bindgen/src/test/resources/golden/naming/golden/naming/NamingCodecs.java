package golden.naming;

import dev.weft.component.ComponentInstance;
import dev.weft.component.Type;
import dev.weft.component.Val;
import dev.weft.component.bindings.Canon;
import dev.weft.component.bindings.Result;
import dev.weft.component.bindings.Tuple2;
import dev.weft.component.bindings.Vals;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Conversions of the Java types of world {@code test:naming/naming}: to and from dynamic values, and the typed path's
 * Canonical ABI code.
 */
final class NamingCodecs {
    private static final List<String> SECONDERROR_NAMES = List.of("public", "private", "interface");

    private NamingCodecs() {
    }

    static Val lowerItem(Item value) {
        return new Val.RecordVal(List.of(
                new Val.NamedVal("id", new Val.U32(value.id()))));
    }

    static Item liftItem(Val value, ComponentInstance _inst) {
        Val.RecordVal _r = (Val.RecordVal) value;
        return new Item(
                ((Val.U32) _r.fields().get(0).value()).value());
    }

    static Type typeOfItem() {
        return new Type.RecordType(List.of(
                new Type.Field("id", Type.Primitive.U32)));
    }

    static Val lowerFirstError(FirstError value) {
        return switch (value) {
            case FirstError.Bad _c -> new Val.VariantVal("bad", new Val.Str(_c.value()));
            case FirstError.Worse _c -> new Val.VariantVal("worse", null);
        };
    }

    static FirstError liftFirstError(Val value, ComponentInstance _inst) {
        Val.VariantVal _v = (Val.VariantVal) value;
        return switch (_v.caseName()) {
            case "bad" -> new FirstError.Bad(((Val.Str) _v.payload()).value());
            case "worse" -> new FirstError.Worse();
            default -> throw new IllegalArgumentException("unknown case of error: " + _v.caseName());
        };
    }

    static Type typeOfFirstError() {
        return new Type.VariantType(List.of(
                new Type.Case("bad", Type.Primitive.STRING),
                new Type.Case("worse", null)));
    }

    static Val lowerSettings(Settings value) {
        return new Val.RecordVal(List.of(
                new Val.NamedVal("verbose", new Val.Bool(value.verbose()))));
    }

    static Settings liftSettings(Val value, ComponentInstance _inst) {
        Val.RecordVal _r = (Val.RecordVal) value;
        return new Settings(
                ((Val.Bool) _r.fields().get(0).value()).value());
    }

    static Type typeOfSettings() {
        return new Type.RecordType(List.of(
                new Type.Field("verbose", Type.Primitive.BOOL)));
    }

    static Val lowerSecondItem(SecondItem value) {
        return new Val.RecordVal(List.of(
                new Val.NamedVal("name", new Val.Str(value.name())),
                new Val.NamedVal("parent", NamingCodecs.lowerItem(value.parent()))));
    }

    static SecondItem liftSecondItem(Val value, ComponentInstance _inst) {
        Val.RecordVal _r = (Val.RecordVal) value;
        return new SecondItem(
                ((Val.Str) _r.fields().get(0).value()).value(),
                NamingCodecs.liftItem(_r.fields().get(1).value(), _inst));
    }

    static Type typeOfSecondItem() {
        return new Type.RecordType(List.of(
                new Type.Field("name", Type.Primitive.STRING),
                new Type.Field("parent", NamingCodecs.typeOfItem())));
    }

    static Val lowerSecondError(SecondError value) {
        return Vals.enumCase(value, SECONDERROR_NAMES);
    }

    static SecondError liftSecondError(Val value, ComponentInstance _inst) {
        return Vals.enumCase(value, SecondError.values(), SECONDERROR_NAMES);
    }

    static Type typeOfSecondError() {
        return new Type.EnumType(SECONDERROR_NAMES);
    }

    static Val lowerBits(Bits value) {
        return new Val.RecordVal(List.of(
                new Val.NamedVal("flags", Vals.list(value.flags(), _e0 -> new Val.Bool(_e0))),
                new Val.NamedVal("chars", Vals.list(value.chars(), _e0 -> new Val.Char(_e0))),
                new Val.NamedVal("small", Vals.list(value.small(), false)),
                new Val.NamedVal("halves", Vals.list(value.halves(), false)),
                new Val.NamedVal("singles", Vals.list(value.singles())),
                new Val.NamedVal("longs", Vals.list(value.longs(), true))));
    }

    static Bits liftBits(Val value, ComponentInstance _inst) {
        Val.RecordVal _r = (Val.RecordVal) value;
        return new Bits(
                Vals.list(_r.fields().get(0).value(), _e0 -> ((Val.Bool) _e0).value()),
                Vals.list(_r.fields().get(1).value(), _e0 -> ((Val.Char) _e0).codePoint()),
                Vals.bytes(_r.fields().get(2).value()),
                Vals.shorts(_r.fields().get(3).value()),
                Vals.floats(_r.fields().get(4).value()),
                Vals.longs(_r.fields().get(5).value()));
    }

    static Type typeOfBits() {
        return new Type.RecordType(List.of(
                new Type.Field("flags", new Type.ListType(Type.Primitive.BOOL, -1)),
                new Type.Field("chars", new Type.ListType(Type.Primitive.CHAR, -1)),
                new Type.Field("small", new Type.ListType(Type.Primitive.S8, -1)),
                new Type.Field("halves", new Type.ListType(Type.Primitive.S16, -1)),
                new Type.Field("singles", new Type.ListType(Type.Primitive.F32, -1)),
                new Type.Field("longs", new Type.ListType(Type.Primitive.U64, -1))));
    }

    static Val lowerPayload(Payload value) {
        return switch (value) {
            case Payload.None _c -> new Val.VariantVal("none", null);
            case Payload.Some _c -> new Val.VariantVal("some", Vals.option(_c.value(), _e0 -> NamingCodecs.lowerBits(_e0)));
            case Payload.Nested _c -> new Val.VariantVal("nested", Vals.result(_c.value(), _e0 -> Vals.option(_e0, _e1 -> new Val.U8(_e1)), _e0 -> Vals.list(_e0, _e1 -> new Val.TupleVal(List.of(new Val.Str(_e1.v0()), new Val.U32(_e1.v1()))))));
        };
    }

    static Payload liftPayload(Val value, ComponentInstance _inst) {
        Val.VariantVal _v = (Val.VariantVal) value;
        return switch (_v.caseName()) {
            case "none" -> new Payload.None();
            case "some" -> new Payload.Some(Vals.option(_v.payload(), _e0 -> NamingCodecs.liftBits(_e0, _inst)));
            case "nested" -> new Payload.Nested(Vals.result(_v.payload(), _e0 -> Vals.option(_e0, _e1 -> ((Val.U8) _e1).value()), _e0 -> Vals.list(_e0, _e1 -> new Tuple2<>(((Val.Str) ((Val.TupleVal) _e1).elements().get(0)).value(), ((Val.U32) ((Val.TupleVal) _e1).elements().get(1)).value()))));
            default -> throw new IllegalArgumentException("unknown case of payload: " + _v.caseName());
        };
    }

    static Type typeOfPayload() {
        return new Type.VariantType(List.of(
                new Type.Case("none", null),
                new Type.Case("some", new Type.OptionType(NamingCodecs.typeOfBits())),
                new Type.Case("nested", new Type.ResultType(new Type.OptionType(Type.Primitive.U8), new Type.ListType(new Type.TupleType(List.of(Type.Primitive.STRING, Type.Primitive.U32)), -1)))));
    }

    static Val lowerShadowsString(ShadowsString value) {
        return new Val.RecordVal(List.of(
                new Val.NamedVal("text", new Val.Str(value.text()))));
    }

    static ShadowsString liftShadowsString(Val value, ComponentInstance _inst) {
        Val.RecordVal _r = (Val.RecordVal) value;
        return new ShadowsString(
                ((Val.Str) _r.fields().get(0).value()).value());
    }

    static Type typeOfShadowsString() {
        return new Type.RecordType(List.of(
                new Type.Field("text", Type.Primitive.STRING)));
    }

    static Val lowerShadowsOverride(ShadowsOverride value) {
        return new Val.RecordVal(List.of(
                new Val.NamedVal("on", new Val.Bool(value.on()))));
    }

    static ShadowsOverride liftShadowsOverride(Val value, ComponentInstance _inst) {
        Val.RecordVal _r = (Val.RecordVal) value;
        return new ShadowsOverride(
                ((Val.Bool) _r.fields().get(0).value()).value());
    }

    static Type typeOfShadowsOverride() {
        return new Type.RecordType(List.of(
                new Type.Field("on", Type.Primitive.BOOL)));
    }

    static Val lowerShadowsResult(ShadowsResult value) {
        return switch (value) {
            case ShadowsResult.OkCase _c -> new Val.VariantVal("ok-case", new Val.U8(_c.value()));
            case ShadowsResult.ErrCase _c -> new Val.VariantVal("err-case", null);
        };
    }

    static ShadowsResult liftShadowsResult(Val value, ComponentInstance _inst) {
        Val.VariantVal _v = (Val.VariantVal) value;
        return switch (_v.caseName()) {
            case "ok-case" -> new ShadowsResult.OkCase(((Val.U8) _v.payload()).value());
            case "err-case" -> new ShadowsResult.ErrCase();
            default -> throw new IllegalArgumentException("unknown case of result: " + _v.caseName());
        };
    }

    static Type typeOfShadowsResult() {
        return new Type.VariantType(List.of(
                new Type.Case("ok-case", Type.Primitive.U8),
                new Type.Case("err-case", null)));
    }

    static Item getItem(Canon _c, long _at) {
        return new Item(_c.get32(_at));
    }

    static SecondItem getSecondItem(Canon _c, long _at) {
        return new SecondItem(_c.getString(_at), NamingCodecs.getItem(_c, _at + 8));
    }

    static SecondError getSecondError(Canon _c, long _at) {
        return SecondError.values()[_c.discriminant(_c.get8(_at) & 0xFF, 3)];
    }

    static Result<SecondItem, SecondError> get_result1(Canon _c, long _at) {
        int _d = _c.discriminant(_c.get8(_at) & 0xFF, 2);
        return _d == 0 ? Result.<SecondItem, SecondError>ok(NamingCodecs.getSecondItem(_c, _at + 4)) : Result.<SecondItem, SecondError>err(NamingCodecs.getSecondError(_c, _at + 4));
    }

    static void push_list3(Canon _c, List<Boolean> v) {
        long _p = _c.allocList(v.size(), 1, 1);
        long _at2 = _p;
        for (Boolean _e : v) {
            _c.put8(_at2, _e ? 1 : 0);
            _at2 += 1;
        }
        _c.ptr(_p);
        _c.ptr(v.size());
    }

    static void push_list4(Canon _c, List<Integer> v) {
        long _p = _c.allocList(v.size(), 4, 4);
        long _at2 = _p;
        for (Integer _e : v) {
            _c.put32(_at2, _c.scalar(_e));
            _at2 += 4;
        }
        _c.ptr(_p);
        _c.ptr(v.size());
    }

    static void push_list5(Canon _c, byte[] v) {
        _c.ptr(_c.storeBytes(v));
        _c.ptr(v.length);
    }

    static void push_list6(Canon _c, short[] v) {
        _c.ptr(_c.storeShorts(v));
        _c.ptr(v.length);
    }

    static void push_list7(Canon _c, float[] v) {
        _c.ptr(_c.storeFloats(v));
        _c.ptr(v.length);
    }

    static void push_list8(Canon _c, long[] v) {
        _c.ptr(_c.storeLongs(v));
        _c.ptr(v.length);
    }

    static void pushBits(Canon _c, Bits v) {
        NamingCodecs.push_list3(_c, v.flags());
        NamingCodecs.push_list4(_c, v.chars());
        NamingCodecs.push_list5(_c, v.small());
        NamingCodecs.push_list6(_c, v.halves());
        NamingCodecs.push_list7(_c, v.singles());
        NamingCodecs.push_list8(_c, v.longs());
    }

    static void push_option2(Canon _c, Optional<Bits> v) {
        if (v.isPresent()) {
            _c.i32(1);
            _c.join("iiiiiiiiiiii");
            NamingCodecs.pushBits(_c, v.get());
            _c.endJoin();
        } else {
            _c.i32(0);
            _c.join("iiiiiiiiiiii");
            _c.endJoin();
        }
    }

    static void push_option10(Canon _c, Optional<Byte> v) {
        if (v.isPresent()) {
            _c.i32(1);
            _c.join("i");
            _c.i32(Byte.toUnsignedInt(v.get()));
            _c.endJoin();
        } else {
            _c.i32(0);
            _c.join("i");
            _c.endJoin();
        }
    }

    static void put_tuple12(Canon _c, long _at, Tuple2<String, Integer> v) {
        _c.putString(_at, v.v0());
        _c.put32(_at + 8, v.v1());
    }

    static void push_list11(Canon _c, List<Tuple2<String, Integer>> v) {
        long _p = _c.allocList(v.size(), 12, 4);
        long _at2 = _p;
        for (Tuple2<String, Integer> _e : v) {
            NamingCodecs.put_tuple12(_c, _at2, _e);
            _at2 += 12;
        }
        _c.ptr(_p);
        _c.ptr(v.size());
    }

    static void push_result9(Canon _c, Result<Optional<Byte>, List<Tuple2<String, Integer>>> v) {
        if (v instanceof Result.Ok<Optional<Byte>, List<Tuple2<String, Integer>>> _o) {
            _c.i32(0);
            _c.join("ii");
            NamingCodecs.push_option10(_c, _o.value());
            _c.endJoin();
        } else if (v instanceof Result.Err<Optional<Byte>, List<Tuple2<String, Integer>>> _x) {
            _c.i32(1);
            _c.join("ii");
            NamingCodecs.push_list11(_c, _x.error());
            _c.endJoin();
        }
    }

    static void pushPayload(Canon _c, Payload v) {
        switch (v) {
            case Payload.None _x -> {
                _c.i32(0);
                _c.join("iiiiiiiiiiiii");
                _c.endJoin();
            }
            case Payload.Some _x -> {
                _c.i32(1);
                _c.join("iiiiiiiiiiiii");
                NamingCodecs.push_option2(_c, _x.value());
                _c.endJoin();
            }
            case Payload.Nested _x -> {
                _c.i32(2);
                _c.join("iiiiiiiiiiiii");
                NamingCodecs.push_result9(_c, _x.value());
                _c.endJoin();
            }
        }
    }

    static List<Boolean> get_list3(Canon _c, long _at) {
        long _p = _c.getPtr(_at);
        int _n = _c.checkList(_p, _c.getPtr(_at + 4), 1, 1);
        List<Boolean> _r = new ArrayList<>(_n);
        for (int _i = 0; _i < _n; _i++) {
            _r.add(_c.get8(_p + (long) _i * 1) != 0);
        }
        return Collections.unmodifiableList(_r);
    }

    static List<Integer> get_list4(Canon _c, long _at) {
        long _p = _c.getPtr(_at);
        int _n = _c.checkList(_p, _c.getPtr(_at + 4), 4, 4);
        List<Integer> _r = new ArrayList<>(_n);
        for (int _i = 0; _i < _n; _i++) {
            _r.add(_c.codePoint(_c.get32(_p + (long) _i * 4)));
        }
        return Collections.unmodifiableList(_r);
    }

    static byte[] get_list5(Canon _c, long _at) {
        return _c.loadBytes(_c.getPtr(_at), _c.getPtr(_at + 4));
    }

    static short[] get_list6(Canon _c, long _at) {
        return _c.loadShorts(_c.getPtr(_at), _c.getPtr(_at + 4));
    }

    static float[] get_list7(Canon _c, long _at) {
        return _c.loadFloats(_c.getPtr(_at), _c.getPtr(_at + 4));
    }

    static long[] get_list8(Canon _c, long _at) {
        return _c.loadLongs(_c.getPtr(_at), _c.getPtr(_at + 4));
    }

    static Bits getBits(Canon _c, long _at) {
        return new Bits(NamingCodecs.get_list3(_c, _at), NamingCodecs.get_list4(_c, _at + 8), NamingCodecs.get_list5(_c, _at + 16), NamingCodecs.get_list6(_c, _at + 24), NamingCodecs.get_list7(_c, _at + 32), NamingCodecs.get_list8(_c, _at + 40));
    }

    static Optional<Bits> get_option2(Canon _c, long _at) {
        int _d = _c.discriminant(_c.get8(_at) & 0xFF, 2);
        return _d == 0 ? Optional.empty() : Optional.of(NamingCodecs.getBits(_c, _at + 4));
    }

    static Optional<Byte> get_option10(Canon _c, long _at) {
        int _d = _c.discriminant(_c.get8(_at) & 0xFF, 2);
        return _d == 0 ? Optional.empty() : Optional.of(_c.get8(_at + 1));
    }

    static Tuple2<String, Integer> get_tuple12(Canon _c, long _at) {
        return new Tuple2<>(_c.getString(_at), _c.get32(_at + 8));
    }

    static List<Tuple2<String, Integer>> get_list11(Canon _c, long _at) {
        long _p = _c.getPtr(_at);
        int _n = _c.checkList(_p, _c.getPtr(_at + 4), 12, 4);
        List<Tuple2<String, Integer>> _r = new ArrayList<>(_n);
        for (int _i = 0; _i < _n; _i++) {
            _r.add(NamingCodecs.get_tuple12(_c, _p + (long) _i * 12));
        }
        return Collections.unmodifiableList(_r);
    }

    static Result<Optional<Byte>, List<Tuple2<String, Integer>>> get_result9(Canon _c, long _at) {
        int _d = _c.discriminant(_c.get8(_at) & 0xFF, 2);
        return _d == 0 ? Result.<Optional<Byte>, List<Tuple2<String, Integer>>>ok(NamingCodecs.get_option10(_c, _at + 4)) : Result.<Optional<Byte>, List<Tuple2<String, Integer>>>err(NamingCodecs.get_list11(_c, _at + 4));
    }

    static Payload getPayload(Canon _c, long _at) {
        int _d = _c.discriminant(_c.get8(_at) & 0xFF, 3);
        return switch (_d) {
                    case 0 -> new Payload.None();
                    case 1 -> new Payload.Some(NamingCodecs.get_option2(_c, _at + 4));
                    case 2 -> new Payload.Nested(NamingCodecs.get_result9(_c, _at + 4));
                    default -> throw new IllegalStateException();
                };
    }

    static void pushShadowsString(Canon _c, ShadowsString v) {
        _c.string(v.text());
    }

    static void pushShadowsOverride(Canon _c, ShadowsOverride v) {
        _c.i32(v.on() ? 1 : 0);
    }

    static void pushShadowsResult(Canon _c, ShadowsResult v) {
        switch (v) {
            case ShadowsResult.OkCase _x -> {
                _c.i32(0);
                _c.join("i");
                _c.i32(Byte.toUnsignedInt(_x.value()));
                _c.endJoin();
            }
            case ShadowsResult.ErrCase _x -> {
                _c.i32(1);
                _c.join("i");
                _c.endJoin();
            }
        }
    }

    static ShadowsString getShadowsString(Canon _c, long _at) {
        return new ShadowsString(_c.getString(_at));
    }

    static Optional<ShadowsString> get_option24(Canon _c, long _at) {
        int _d = _c.discriminant(_c.get8(_at) & 0xFF, 2);
        return _d == 0 ? Optional.empty() : Optional.of(NamingCodecs.getShadowsString(_c, _at + 4));
    }

    static void putItem(Canon _c, long _at, Item v) {
        _c.put32(_at, v.id());
    }

    static void putFirstError(Canon _c, long _at, FirstError v) {
        switch (v) {
            case FirstError.Bad _x -> {
                _c.put8(_at, 0);
                _c.putString(_at + 4, _x.value());
            }
            case FirstError.Worse _x -> {
                _c.put8(_at, 1);
            }
        }
    }

    static void put_result25(Canon _c, long _at, Result<Item, FirstError> v) {
        if (v instanceof Result.Ok<Item, FirstError> _o) {
            _c.put8(_at, 0);
            NamingCodecs.putItem(_c, _at + 4, _o.value());
        } else if (v instanceof Result.Err<Item, FirstError> _x) {
            _c.put8(_at, 1);
            NamingCodecs.putFirstError(_c, _at + 4, _x.error());
        }
    }

    static Settings pullSettings(Canon _c) {
        return new Settings(_c.nextI32() != 0);
    }
}
