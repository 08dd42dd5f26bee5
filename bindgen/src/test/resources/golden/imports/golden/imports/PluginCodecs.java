package golden.imports;

import dev.weft.component.ComponentInstance;
import dev.weft.component.Type;
import dev.weft.component.Val;
import dev.weft.component.bindings.Vals;
import java.util.List;

/**
 * Conversions between the Java types of world {@code test:imports/plugin} and dynamic values.
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
}
