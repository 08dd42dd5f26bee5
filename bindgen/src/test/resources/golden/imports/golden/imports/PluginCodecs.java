package golden.imports;

import dev.weft.component.ComponentInstance;
import dev.weft.component.Type;
import dev.weft.component.Val;
import dev.weft.component.bindings.Canon;
import dev.weft.component.bindings.Result;
import dev.weft.component.bindings.Vals;
import java.util.List;
import java.util.Optional;

/**
 * Conversions of the Java types of world {@code test:imports/plugin}: to and from dynamic values, and the typed path's
 * Canonical ABI code.
 */
final class PluginCodecs {
    private static final List<String> LEVEL_NAMES = List.of("debug", "info", "warn");

    private PluginCodecs() {
    }

    static Val lowerLevel(Level value) {
        return Vals.enumCase(value, LEVEL_NAMES);
    }

    static Level liftLevel(Val value, ComponentInstance _inst) {
        return Vals.enumCase(value, Level.values(), LEVEL_NAMES);
    }

    static Type typeOfLevel() {
        return new Type.EnumType(LEVEL_NAMES);
    }

    static Val lowerEntry(Entry value) {
        return new Val.RecordVal(List.of(
                new Val.NamedVal("key", new Val.Str(value.key())),
                new Val.NamedVal("value", Vals.list(value.value(), true))));
    }

    static Entry liftEntry(Val value, ComponentInstance _inst) {
        Val.RecordVal _r = (Val.RecordVal) value;
        return new Entry(
                ((Val.Str) _r.fields().get(0).value()).value(),
                Vals.bytes(_r.fields().get(1).value()));
    }

    static Type typeOfEntry() {
        return new Type.RecordType(List.of(
                new Type.Field("key", Type.Primitive.STRING),
                new Type.Field("value", new Type.ListType(Type.Primitive.U8, -1))));
    }

    static void push_list1(Canon _c, List<String> v) {
        long _p = _c.allocList(v.size(), 8, 4);
        long _at2 = _p;
        for (String _e : v) {
            _c.putString(_at2, _e);
            _at2 += 8;
        }
        _c.ptr(_p);
        _c.ptr(v.size());
    }

    static Result<Integer, String> get_result2(Canon _c, long _at) {
        int _d = _c.discriminant(_c.get8(_at) & 0xFF, 2);
        return _d == 0 ? Result.<Integer, String>ok(_c.get32(_at + 4)) : Result.<Integer, String>err(_c.getString(_at + 4));
    }

    static Level pullLevel(Canon _c) {
        return Level.values()[_c.discriminant(_c.nextI32(), 3)];
    }

    static void put_list4(Canon _c, long _at, byte[] v) {
        _c.putPtr(_at, _c.storeBytes(v));
        _c.putPtr(_at + 4, v.length);
    }

    static void put_option3(Canon _c, long _at, Optional<byte[]> v) {
        if (v.isPresent()) {
            _c.put8(_at, 1);
            PluginCodecs.put_list4(_c, _at + 4, v.get());
        } else {
            _c.put8(_at, 0);
        }
    }

    static byte[] pull_list4(Canon _c) {
        return _c.loadBytes(_c.nextPtr(), _c.nextPtr());
    }

    static Entry pullEntry(Canon _c) {
        return new Entry(_c.nextString(), PluginCodecs.pull_list4(_c));
    }

    static void put_result6(Canon _c, long _at, Result<Void, String> v) {
        if (v instanceof Result.Ok<Void, String> _o) {
            _c.put8(_at, 0);
        } else if (v instanceof Result.Err<Void, String> _x) {
            _c.put8(_at, 1);
            _c.putString(_at + 4, _x.error());
        }
    }

    static void put_list1(Canon _c, long _at, List<String> v) {
        long _p = _c.allocList(v.size(), 8, 4);
        long _at2 = _p;
        for (String _e : v) {
            _c.putString(_at2, _e);
            _at2 += 8;
        }
        _c.putPtr(_at, _p);
        _c.putPtr(_at + 4, v.size());
    }
}
