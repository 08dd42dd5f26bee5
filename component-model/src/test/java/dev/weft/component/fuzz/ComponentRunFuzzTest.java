package dev.weft.component.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.weft.component.Component;
import dev.weft.component.ComponentFunc;
import dev.weft.component.ComponentFuncType;
import dev.weft.component.ComponentInstance;
import dev.weft.component.ComponentLinker;
import dev.weft.component.Type;
import dev.weft.component.Val;
import dev.weft.engine.Engine;
import dev.weft.engine.EngineConfig;
import dev.weft.engine.WasmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Components (from arbitrary bytes or text) that validate and import nothing are instantiated, and
 * each exported function is called with default arguments (zeros, empty strings and lists, first
 * cases): the runtime and the Canonical ABI face whatever the validator accepts. Fuel and small
 * limits keep every run short.
 */
class ComponentRunFuzzTest {
    private static final Engine ENGINE = Engine.create(EngineConfig.defaults().withFuel(20_000)
            .withMaxCallDepth(300).withMaxMemoryPages(32).withMaxTableElements(10_000));

    @FuzzTest
    void runBinary(@NotNull byte[] bytes) {
        Component component;
        try {
            component = Component.fromBinary(ENGINE, bytes);
        } catch (WasmException rejected) {
            return;
        }
        run(component);
    }

    @FuzzTest
    void runText(@NotNull String text) {
        Component component;
        try {
            component = Component.fromText(ENGINE, text);
        } catch (WasmException rejected) {
            return;
        }
        run(component);
    }

    private static void run(Component component) {
        if (!component.importNames().isEmpty()) return;
        ComponentInstance instance;
        try {
            instance = ComponentLinker.create(ENGINE).instantiate(component);
        } catch (WasmException trapped) {
            return; // a start function or core instantiation trapped
        }
        try (instance) {
            for (String name : instance.exportNames()) {
                ComponentFunc f;
                try {
                    f = instance.func(name);
                } catch (IllegalArgumentException notAFunction) {
                    continue;
                }
                List<Val> args = defaults(f.type());
                if (args == null) continue;
                try {
                    f.call(args);
                } catch (WasmException trapped) {
                    // traps are how a component fails
                }
            }
        }
    }

    /** A default argument per parameter, or null when one has none (a handle, a stream). */
    private static List<Val> defaults(ComponentFuncType type) {
        List<Val> out = new ArrayList<>();
        for (ComponentFuncType.Param p : type.params()) {
            Val v = zero(p.type());
            if (v == null) return null;
            out.add(v);
        }
        return out;
    }

    private static Val zero(Type t) {
        return switch (t) {
            case Type.Primitive p -> switch (p) {
                case BOOL -> new Val.Bool(false);
                case S8 -> new Val.S8((byte) 0);
                case U8 -> new Val.U8((byte) 0);
                case S16 -> new Val.S16((short) 0);
                case U16 -> new Val.U16((short) 0);
                case S32 -> new Val.S32(0);
                case U32 -> new Val.U32(0);
                case S64 -> new Val.S64(0);
                case U64 -> new Val.U64(0);
                case F32 -> new Val.F32(0);
                case F64 -> new Val.F64(0);
                case CHAR -> new Val.Char('a');
                case STRING -> new Val.Str("");
                case ERROR_CONTEXT -> null;
            };
            case Type.ListType l -> {
                if (l.fixedLength() < 0) yield new Val.ListVal(List.of());
                Val e = zero(l.element());
                if (e == null || l.fixedLength() > 1000) yield null;
                List<Val> es = new ArrayList<>();
                for (int i = 0; i < l.fixedLength(); i++) es.add(e);
                yield new Val.ListVal(es);
            }
            case Type.MapType m -> new Val.MapVal(List.of());
            case Type.RecordType r -> {
                List<Val.NamedVal> fields = new ArrayList<>();
                for (Type.Field f : r.fields()) {
                    Val v = zero(f.type());
                    if (v == null) yield null;
                    fields.add(new Val.NamedVal(f.name(), v));
                }
                yield new Val.RecordVal(fields);
            }
            case Type.TupleType tu -> {
                List<Val> es = new ArrayList<>();
                for (Type e : tu.types()) {
                    Val v = zero(e);
                    if (v == null) yield null;
                    es.add(v);
                }
                yield new Val.TupleVal(es);
            }
            case Type.VariantType v -> {
                Type.Case c = v.cases().getFirst();
                Val payload = c.type() == null ? null : zero(c.type());
                yield c.type() != null && payload == null ? null : new Val.VariantVal(c.name(), payload);
            }
            case Type.EnumType e -> new Val.EnumVal(e.names().getFirst());
            case Type.OptionType o -> new Val.OptionVal(null);
            case Type.ResultType r -> {
                Val ok = r.ok() == null ? null : zero(r.ok());
                yield r.ok() != null && ok == null ? null : new Val.ResultVal(true, ok);
            }
            case Type.FlagsType f -> new Val.FlagsVal(Set.of());
            case Type.Own o -> null;
            case Type.Borrow b -> null;
            case Type.StreamType s -> null;
            case Type.FutureType f -> null;
        };
    }
}
