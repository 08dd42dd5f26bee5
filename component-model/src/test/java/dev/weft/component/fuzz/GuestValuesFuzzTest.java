package dev.weft.component.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.weft.component.Component;
import dev.weft.component.ComponentInstance;
import dev.weft.component.ComponentLinker;
import dev.weft.component.Resource;
import dev.weft.component.Val;
import dev.weft.component.bindings.Canon;
import dev.weft.component.bindings.TypedExport;
import dev.weft.component.internal.abi.Lifting;
import dev.weft.engine.Engine;
import dev.weft.engine.EngineConfig;
import dev.weft.engine.TrapException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Hostile guest data: the fuzzer's bytes become the guest's linear memory, and one core function
 * (returning the i32 at address 0) is lifted with many result types, so pointers, lengths,
 * discriminants, chars, flags and handle indices all come from the fuzzer. Each result is lifted on
 * the dynamic path ({@code ComponentFunc.call}) and, for a set of types, on the typed path
 * ({@link TypedExport} with the {@link Canon} primitives generated code uses). Only a
 * {@link TrapException} may come out.
 */
class GuestValuesFuzzTest {
    private static final Engine ENGINE = Engine.create(EngineConfig.defaults().withFuel(100_000)
            .withMaxMemoryPages(2));

    /**
     * {@code load} takes the fuzzer's bytes (realloc always answers 0, so they land at address 0);
     * it also makes three owned handles (indices 1–3) so some {@code own} results are live.
     */
    private static final String GUEST = """
            (component
              (type $r (resource (rep i32)))
              (export $R "r" (type $r))
              (core func $new (canon resource.new $r))
              (core instance $host (export "new" (func $new)))
              (core module $M
                (import "host" "new" (func $new (param i32) (result i32)))
                (memory (export "mem") 1)
                (func (export "realloc") (param i32 i32 i32 i32) (result i32) (i32.const 0))
                (func (export "load") (param i32 i32)
                  (drop (call $new (i32.const 7))) (drop (call $new (i32.const 8))) (drop (call $new (i32.const 9))))
                (func (export "get") (result i32) (i32.load (i32.const 0))))
              (core instance $m (instantiate $M (with "host" (instance $host))))
              (alias core export $m "mem" (core memory $mem))
              (alias core export $m "realloc" (core func $realloc))
              (func (export "load") (param "b" (list u8))
                (canon lift (core func $m "load") (memory $mem) (realloc $realloc)))
              (type $v' (variant (case "a" u8) (case "b" string) (case "c" (list u32)) (case "d") (case "e" f64)))
              (export $v "v" (type $v'))
              (type $rec' (record (field "a" char) (field "b" (option string)) (field "c" (result u64 (error string)))))
              (export $rec "rec" (type $rec'))
              (type $fl' (flags "x" "y" "z"))
              (export $fl "fl" (type $fl'))
              (type $en' (enum "p" "q" "r"))
              (export $en "en" (type $en'))
              (func (export "string") (result string) (canon lift (core func $m "get") (memory $mem)))
              (func (export "latin1") (result string) (canon lift (core func $m "get") (memory $mem) string-encoding=latin1+utf16))
              (func (export "utf16") (result string) (canon lift (core func $m "get") (memory $mem) string-encoding=utf16))
              (func (export "bytes") (result (list u8)) (canon lift (core func $m "get") (memory $mem)))
              (func (export "strings") (result (list string)) (canon lift (core func $m "get") (memory $mem)))
              (func (export "nested") (result (list (list u16))) (canon lift (core func $m "get") (memory $mem)))
              (func (export "bools") (result (list bool)) (canon lift (core func $m "get") (memory $mem)))
              (func (export "floats") (result (list f64)) (canon lift (core func $m "get") (memory $mem)))
              (func (export "variant") (result $v) (canon lift (core func $m "get") (memory $mem)))
              (func (export "variants") (result (list $v)) (canon lift (core func $m "get") (memory $mem)))
              (func (export "record") (result $rec) (canon lift (core func $m "get") (memory $mem)))
              (func (export "tuple") (result (tuple u8 u64 char)) (canon lift (core func $m "get") (memory $mem)))
              (func (export "option") (result (option char)) (canon lift (core func $m "get") (memory $mem)))
              (func (export "result") (result (result string (error (list u8)))) (canon lift (core func $m "get") (memory $mem)))
              (func (export "flags") (result $fl) (canon lift (core func $m "get")))
              (func (export "flag-list") (result (list $fl)) (canon lift (core func $m "get") (memory $mem)))
              (func (export "enum") (result $en) (canon lift (core func $m "get")))
              (func (export "char") (result char) (canon lift (core func $m "get")))
              (func (export "own") (result (own $R)) (canon lift (core func $m "get")))
              (func (export "owns") (result (list (own $R))) (canon lift (core func $m "get") (memory $mem)))
              (func (export "maybe-own") (result (option (own $R))) (canon lift (core func $m "get") (memory $mem)))
            )
            """;
    private static final Component COMPONENT = Component.fromText(ENGINE, GUEST);
    private static final String[] DYNAMIC = {"string", "latin1", "utf16", "bytes", "strings", "nested", "bools",
            "floats", "variant", "variants", "record", "tuple", "option", "result", "flags", "flag-list", "enum",
            "char", "own", "owns", "maybe-own"};

    private static long budget;

    /** Lists sharing memory may ask for 2^28 bytes of values; 4 MiB keeps each run small. */
    @BeforeAll
    static void smallLiftBudget() {
        budget = Lifting.maxLiftBytes();
        Lifting.setMaxLiftBytes(4 << 20);
    }

    @AfterAll
    static void restoreLiftBudget() { Lifting.setMaxLiftBytes(budget); }

    @FuzzTest
    void liftGuestMemory(@NotNull byte[] memory) {
        if (memory.length > 60_000) return;
        for (String name : DYNAMIC) {
            try (ComponentInstance inst = load(memory)) {
                Val v = inst.func(name).call();
                if (v == null) throw new AssertionError(name + " lifted nothing");
            } catch (TrapException expected) {
                // hostile data is trapped as the spec says
            }
        }
        typed(memory, "string", c -> c.getString(c.spilledArea(8, 4)));
        typed(memory, "latin1", c -> c.getString(c.spilledArea(8, 4)));
        typed(memory, "utf16", c -> c.getString(c.spilledArea(8, 4)));
        typed(memory, "bytes", c -> {
            long at = c.spilledArea(8, 4);
            return c.loadBytes(c.getPtr(at), c.getPtr(at + 4));
        });
        typed(memory, "strings", c -> {
            long at = c.spilledArea(8, 4);
            long ptr = c.getPtr(at);
            int n = c.checkList(ptr, c.getPtr(at + 4), 8, 4);
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) out.add(c.getString(ptr + 8L * i));
            return out;
        });
        typed(memory, "nested", c -> {
            long at = c.spilledArea(8, 4);
            long ptr = c.getPtr(at);
            int n = c.checkList(ptr, c.getPtr(at + 4), 8, 4);
            List<short[]> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) out.add(c.loadShorts(c.getPtr(ptr + 8L * i), c.getPtr(ptr + 8L * i + 4)));
            return out;
        });
        typed(memory, "floats", c -> {
            long at = c.spilledArea(8, 4);
            return c.loadDoubles(c.getPtr(at), c.getPtr(at + 4));
        });
        typed(memory, "variant", c -> variant(c, c.spilledArea(16, 8)));
        typed(memory, "option", c -> {
            long at = c.spilledArea(8, 4);
            return c.discriminant(c.get8(at) & 0xFF, 2) == 0 ? null : c.codePoint(c.get32(at + 4));
        });
        typed(memory, "result", c -> {
            long at = c.spilledArea(12, 4);
            if (c.discriminant(c.get8(at) & 0xFF, 2) == 0) return c.getString(at + 4);
            return c.loadBytes(c.getPtr(at + 4), c.getPtr(at + 8));
        });
        typed(memory, "char", c -> c.codePoint(c.nextI32()));
        typed(memory, "enum", c -> c.discriminant(c.nextI32(), 3));
        typed(memory, "own", c -> c.ownHandle(c.nextI32(), Canon.resourceOf(c.root().func("own"), -1)));
    }

    /** The generated code for {@code variant v} at {@code at}. */
    private static Object variant(Canon c, long at) {
        return switch (c.discriminant(c.get8(at) & 0xFF, 5)) {
            case 0 -> c.get8(at + 8);
            case 1 -> c.getString(at + 8);
            case 2 -> c.loadInts(c.getPtr(at + 8), c.getPtr(at + 12));
            case 3 -> null;
            default -> c.getF64(at + 8);
        };
    }

    private static ComponentInstance load(byte[] memory) {
        ComponentInstance inst = ComponentLinker.create(ENGINE).instantiate(COMPONENT);
        inst.func("load").call(new Val.ListVal(bytes(memory)));
        return inst;
    }

    private static List<Val> bytes(byte[] memory) {
        List<Val> out = new ArrayList<>(memory.length);
        for (byte b : memory) out.add(new Val.U8(b));
        return out;
    }

    private static void typed(byte[] memory, String name, Function<Canon, Object> lift) {
        try (ComponentInstance inst = load(memory)) {
            Object v = new TypedExport(inst, name).invoke(c -> { }, lift);
            if (v instanceof Resource r) inst.drop(r);
        } catch (TrapException expected) {
            // as on the dynamic path
        }
    }
}
