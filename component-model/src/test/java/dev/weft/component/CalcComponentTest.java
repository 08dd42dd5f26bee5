package dev.weft.component;

import dev.weft.engine.Engine;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A component built by real tooling (calc.c with clang, wrapped and converted by jco; see
 * build.sh beside it) called through the dynamic API gives the same results as jco's transpiled
 * JavaScript running on node, which build.sh recorded in expected.txt.
 */
class CalcComponentTest {
    private static final String DIR = "/components/calc/";

    @Test
    void dynamicCallsMatchTranspiledJavaScript() throws IOException {
        Engine engine = Engine.create();
        Component component = Component.fromBinary(engine, resource("calc.wasm"));
        List<String> actual = new ArrayList<>();
        try (ComponentInstance calc = ComponentLinker.create(engine).instantiate(component)) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> calls = (List<Map<String, Object>>) MiniJson.parse(text("calls.json"));
            for (Map<String, Object> call : calls) {
                String name = (String) call.get("func");
                ComponentFunc f = calc.func(name);
                List<?> jsonArgs = (List<?>) call.get("args");
                List<Val> args = new ArrayList<>();
                for (int i = 0; i < jsonArgs.size(); i++) args.add(toVal(jsonArgs.get(i), f.type().params().get(i).type()));
                Val result = f.call(args.toArray(Val[]::new));
                actual.add(name + " " + (result instanceof Val.ResultVal r
                        ? (r.isOk() ? "ok " : "err ") + render(r.payload())
                        : "ok " + render(result)));
            }
        }
        assertEquals(text("expected.txt").strip(), String.join("\n", actual));
    }

    /** A JSON test argument as a value of {@code type}. */
    private static Val toVal(Object json, Type type) {
        return switch (type) {
            case Type.Primitive p -> switch (p) {
                case S32 -> new Val.S32(((Long) json).intValue());
                case U32 -> new Val.U32(((Long) json).intValue());
                case F64 -> new Val.F64(((Number) json).doubleValue());
                case STRING -> new Val.Str((String) json);
                default -> throw new IllegalArgumentException("no test conversion for " + p);
            };
            case Type.ListType l -> new Val.ListVal(((List<?>) json).stream().map(x -> toVal(x, l.element())).toList());
            case Type.OptionType o -> new Val.OptionVal(json == null ? null : toVal(json, o.type()));
            default -> throw new IllegalArgumentException("no test conversion for " + type);
        };
    }

    /** A value the way run-node.mjs prints what jco gives JavaScript. */
    private static String render(Val v) {
        return switch (v) {
            case Val.S32 x -> Integer.toString(x.value());
            case Val.U32 x -> Long.toString(x.unsigned());
            case Val.U64 x -> x.unsigned();
            case Val.F64 x -> x.value() == Math.rint(x.value()) ? Long.toString((long) x.value()) : Double.toString(x.value());
            case Val.Str x -> '"' + x.value() + '"';
            case Val.OptionVal o -> o.value() == null ? "none" : render(o.value());
            case Val.TupleVal t -> "[" + String.join(",", t.elements().stream().map(CalcComponentTest::render).toList()) + "]";
            case Val.ListVal l -> "[" + String.join(",", l.elements().stream().map(CalcComponentTest::render).toList()) + "]";
            default -> throw new IllegalArgumentException("no test rendering for " + v);
        };
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CalcComponentTest.class.getResourceAsStream(DIR + name)) {
            if (in == null) throw new IOException("missing test resource " + DIR + name);
            return in.readAllBytes();
        }
    }

    private static String text(String name) throws IOException {
        return new String(resource(name), StandardCharsets.UTF_8);
    }
}
