package dev.weft.engine;

import dev.weft.engine.internal.text.wast.ModuleSource;
import dev.weft.engine.internal.text.wast.WastAction;
import dev.weft.engine.internal.text.wast.WastCommand;
import dev.weft.engine.internal.text.wast.WastExpected;
import dev.weft.engine.internal.text.wast.WastScript;
import dev.weft.engine.internal.text.wast.WastValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small runner for the execution commands of official .wast scripts, used by the interpreter's
 * own tests (the full conformance runner lives in the conformance module). It runs modules,
 * registrations, assert_return / assert_trap / assert_exhaustion / assert_exception and the
 * instantiation assertions, and records failures as text.
 */
final class SpecScriptRunner {
    /** A host reference ({@code ref.extern N} / {@code ref.host N}); the same Java object serves both. */
    record HostRef(int id) {}

    final List<String> failures = new ArrayList<>();
    int passed;

    private final Engine engine = Engine.create();
    private final Linker linker = Linker.create(engine);
    private final Map<String, Instance> named = new HashMap<>();
    private final Map<String, Module> definitions = new HashMap<>();
    private Instance current;
    private String file;

    SpecScriptRunner() {
        FuncType none = FuncType.of(List.of(), List.of());
        linker.func("spectest", "print", none, a -> null);
        for (var t : List.of(ValueType.I32, ValueType.I64, ValueType.F32, ValueType.F64)) {
            linker.func("spectest", "print_" + t, FuncType.of(List.of(t), List.of()), a -> null);
        }
        linker.func("spectest", "print_i32_f32", FuncType.of(List.of(ValueType.I32, ValueType.F32), List.of()), a -> null);
        linker.func("spectest", "print_f64_f64", FuncType.of(List.of(ValueType.F64, ValueType.F64), List.of()), a -> null);
        linker.define("spectest", "global_i32", Global.create(new GlobalType(ValueType.I32, false), 666));
        linker.define("spectest", "global_i64", Global.create(new GlobalType(ValueType.I64, false), 666L));
        linker.define("spectest", "global_f32", Global.create(new GlobalType(ValueType.F32, false), 666.6f));
        linker.define("spectest", "global_f64", Global.create(new GlobalType(ValueType.F64, false), 666.6));
        linker.define("spectest", "table", Table.create(new TableType(ValueType.FUNCREF, 10, 20, false), null));
        linker.define("spectest", "table64", Table.create(new TableType(ValueType.FUNCREF, 10, 20, true), null));
        linker.define("spectest", "memory", Memory.create(new MemoryType(1, 2, false)));
    }

    void run(Path path) throws IOException {
        file = path.getFileName().toString();
        List<WastCommand> commands = WastScript.parse(Files.readString(path), file);
        for (WastCommand c : commands) {
            try {
                runCommand(c);
            } catch (RuntimeException | StackOverflowError e) {
                fail(c, "unexpected " + e);
            }
        }
    }

    private void fail(WastCommand c, String what) {
        failures.add(file + ":" + c.line() + ": " + what);
    }

    private void runCommand(WastCommand c) {
        switch (c) {
            case WastCommand.Module m -> {
                Module mod = Module.fromBinary(engine, m.source().toBinary());
                if (m.definition()) {
                    if (m.name() != null) definitions.put(m.name(), mod);
                    return;
                }
                current = linker.instantiate(mod);
                if (m.name() != null) named.put(m.name(), current);
                passed++;
            }
            case WastCommand.ModuleInstance mi -> {
                current = linker.instantiate(definitions.get(mi.module()));
                if (mi.instance() != null) named.put(mi.instance(), current);
            }
            case WastCommand.Register r -> linker.instance(r.as(), r.module() == null ? current : named.get(r.module()));
            case WastCommand.Action a -> act(a.action());
            case WastCommand.AssertReturn ar -> {
                Object[] got = act(ar.action());
                if (got.length != ar.expected().size()) {
                    fail(c, "expected " + ar.expected().size() + " results, got " + got.length);
                    return;
                }
                for (int i = 0; i < got.length; i++) {
                    if (!matches(ar.expected().get(i), got[i])) {
                        fail(c, "result " + i + ": expected " + ar.expected().get(i) + ", got " + show(got[i]));
                        return;
                    }
                }
                passed++;
            }
            case WastCommand.AssertTrap at -> expectTrap(c, at.message(), () -> act(at.action()));
            case WastCommand.AssertExhaustion ae -> expectTrap(c, ae.message(), () -> act(ae.action()));
            case WastCommand.AssertUninstantiable au -> expectTrap(c, au.message(),
                    () -> linker.instantiate(Module.fromBinary(engine, au.module().toBinary())));
            case WastCommand.AssertException ax -> {
                try {
                    act(ax.action());
                    fail(c, "expected an exception");
                } catch (UncaughtWasmException e) {
                    passed++;
                }
            }
            case WastCommand.AssertUnlinkable au -> {
                try {
                    linker.instantiate(Module.fromBinary(engine, au.module().toBinary()));
                    fail(c, "expected link error " + au.message());
                } catch (LinkException e) {
                    passed++;
                }
            }
            case WastCommand.AssertMalformed am -> { }
            case WastCommand.AssertInvalid ai -> { }
        }
    }

    private void expectTrap(WastCommand c, String message, Runnable r) {
        try {
            r.run();
            fail(c, "expected trap " + message);
        } catch (TrapException e) {
            if (e.reason().startsWith(message) || message.startsWith(e.reason())) passed++;
            else fail(c, "expected trap \"" + message + "\", got \"" + e.reason() + "\"");
        }
    }

    private Object[] act(WastAction a) {
        Instance inst = a.module() == null ? current : named.get(a.module());
        return switch (a) {
            case WastAction.Invoke inv -> {
                Object[] args = new Object[inv.args().size()];
                for (int i = 0; i < args.length; i++) args[i] = value(inv.args().get(i));
                yield inst.func(inv.name()).call(args);
            }
            case WastAction.Get g -> new Object[] {inst.global(g.name()).get()};
        };
    }

    private static Object value(WastValue v) {
        return switch (v) {
            case WastValue.I32 x -> x.bits();
            case WastValue.I64 x -> x.bits();
            case WastValue.F32 x -> Float.intBitsToFloat(x.bits());
            case WastValue.F64 x -> Double.longBitsToDouble(x.bits());
            case WastValue.V128 x -> new V128(x.lo(), x.hi());
            case WastValue.RefNull x -> null;
            case WastValue.RefExtern x -> new HostRef(x.id());
            case WastValue.RefHost x -> new HostRef(x.id());
        };
    }

    private static String show(Object o) {
        return switch (o) {
            case Float f -> f + " (0x" + Integer.toHexString(Float.floatToRawIntBits(f)) + ")";
            case Double d -> d + " (0x" + Long.toHexString(Double.doubleToRawLongBits(d)) + ")";
            case V128 v -> "v128 0x" + Long.toHexString(v.hi()) + "_" + Long.toHexString(v.lo());
            case null -> "null";
            default -> o.toString();
        };
    }

    private static boolean matches(WastExpected e, Object got) {
        return switch (e) {
            case WastExpected.Exact x -> switch (x.value()) {
                case WastValue.F32 f -> got instanceof Float g && Float.floatToRawIntBits(g) == f.bits();
                case WastValue.F64 f -> got instanceof Double g && Double.doubleToRawLongBits(g) == f.bits();
                case WastValue.RefNull n -> got == null;
                default -> value(x.value()).equals(got);
            };
            case WastExpected.Nan n -> n.f64()
                    ? got instanceof Double d && nan(Double.doubleToRawLongBits(d), 52, n.kind())
                    : got instanceof Float f && nan(Float.floatToRawIntBits(f) & 0xFFFF_FFFFL, 23, n.kind());
            case WastExpected.VecLanes vl -> got instanceof V128 v && lanes(vl, v);
            case WastExpected.NullRef n -> got == null;
            case WastExpected.RefOf r -> got != null && switch (r.kind()) {
                case FUNC -> got instanceof Func;
                case EXN -> got instanceof ExnRef;
                case EXTERN -> true;
                case ANY -> !(got instanceof Func) && !(got instanceof ExnRef);
                case EQ -> got instanceof I31 || got instanceof GcObject;
                case I31 -> got instanceof I31;
                case STRUCT -> got instanceof GcObject o && o.kind() == GcObject.Kind.STRUCT;
                case ARRAY -> got instanceof GcObject o && o.kind() == GcObject.Kind.ARRAY;
            };
            case WastExpected.Either ei -> ei.alternatives().stream().anyMatch(a -> matches(a, got));
        };
    }

    private static boolean nan(long bits, int mantissa, WastExpected.NanKind kind) {
        long expMask = mantissa == 52 ? 0x7FFL : 0xFFL;
        long exp = (bits >>> mantissa) & expMask;
        long frac = bits & ((1L << mantissa) - 1);
        if (exp != expMask || frac == 0) return false;
        long quiet = 1L << (mantissa - 1);
        return kind == WastExpected.NanKind.CANONICAL ? frac == quiet : (frac & quiet) != 0;
    }

    private static boolean lanes(WastExpected.VecLanes vl, V128 v) {
        int w = vl.laneWidthBits();
        for (int i = 0; i < vl.laneCount(); i++) {
            int bit = i * w;
            long half = bit < 64 ? v.lo() : v.hi();
            long lane = w == 64 ? half : (half >>> (bit & 63)) & ((1L << w) - 1);
            if (vl.laneNans()[i] != null) {
                if (!nan(lane, w == 64 ? 52 : 23, vl.laneNans()[i])) return false;
            } else {
                long want = w == 64 ? vl.laneBits()[i] : vl.laneBits()[i] & ((1L << w) - 1);
                if (lane != want) return false;
            }
        }
        return true;
    }
}
