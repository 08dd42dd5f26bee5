package golden.naming;

import dev.weft.component.ComponentInstance;
import dev.weft.component.Type;
import dev.weft.component.Val;
import dev.weft.component.bindings.Tuple2;
import dev.weft.component.bindings.Vals;
import java.util.List;

/**
 * Conversions between the Java types of world {@code test:naming/naming} and dynamic values.
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
}
