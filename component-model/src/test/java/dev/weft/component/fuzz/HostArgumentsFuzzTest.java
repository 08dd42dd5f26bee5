package dev.weft.component.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.weft.component.Component;
import dev.weft.component.ComponentFuncType;
import dev.weft.component.ComponentInstance;
import dev.weft.component.ComponentLinker;
import dev.weft.component.Resource;
import dev.weft.component.ResourceType;
import dev.weft.component.Type;
import dev.weft.component.Val;
import dev.weft.component.bindings.Canon;
import dev.weft.component.bindings.TypedHostFunction;
import dev.weft.component.internal.abi.Lifting;
import dev.weft.engine.Engine;
import dev.weft.engine.EngineConfig;
import dev.weft.engine.TrapException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Hostile guest arguments to host functions: the fuzzer's bytes become the guest's memory, and the
 * guest calls host imports with core arguments loaded from it (handle indices, pointers, lengths), so
 * the lifting of {@code borrow}, {@code own}, strings, nested lists and spilled parameters faces
 * whatever the fuzzer wrote. The host first gives the guest two owned handles so some indices are
 * live. Host functions lift on the dynamic path, then on the typed path ({@link TypedHostFunction}
 * bodies written as generated bindings write them). Only a {@link TrapException} may come out.
 */
class HostArgumentsFuzzTest {
    private static final Engine ENGINE = Engine.create(EngineConfig.defaults().withFuel(100_000)
            .withMaxMemoryPages(2));
    private static final ResourceType FILE = ResourceType.host("file");

    private static final String GUEST = """
            (component
              (import "host" (instance $host
                (export "file" (type $file (sub resource)))
                (export "take-borrow" (func (param "f" (borrow $file))))
                (export "take-own" (func (param "f" (own $file))))
                (export "take-string" (func (param "s" string)))
                (export "take-lists" (func (param "l" (list (list u8)))))
                (export "take-options" (func (param "o" (list (option (own $file))))))
                (export "take-many" (func (param "t" (tuple string string string string string string string string string))))))
              (alias export $host "file" (type $file))
              (core module $Mem
                (memory (export "mem") 1)
                (func (export "realloc") (param i32 i32 i32 i32) (result i32) (i32.const 0)))
              (core instance $mem (instantiate $Mem))
              (alias core export $mem "mem" (core memory $memory))
              (alias core export $mem "realloc" (core func $realloc))
              (core func $borrow (canon lower (func $host "take-borrow")))
              (core func $own (canon lower (func $host "take-own")))
              (core func $string (canon lower (func $host "take-string") (memory $memory) (realloc $realloc)))
              (core func $lists (canon lower (func $host "take-lists") (memory $memory) (realloc $realloc)))
              (core func $options (canon lower (func $host "take-options") (memory $memory) (realloc $realloc)))
              (core func $many (canon lower (func $host "take-many") (memory $memory) (realloc $realloc)))
              (core module $M
                (import "" "mem" (memory 1))
                (import "" "borrow" (func $borrow (param i32)))
                (import "" "own" (func $own (param i32)))
                (import "" "string" (func $string (param i32 i32)))
                (import "" "lists" (func $lists (param i32 i32)))
                (import "" "options" (func $options (param i32 i32)))
                (import "" "many" (func $many (param i32)))
                (func (export "load") (param i32 i32))
                (func (export "give") (param i32))
                (func (export "borrow") (call $borrow (i32.load (i32.const 0))))
                (func (export "own") (call $own (i32.load (i32.const 0))))
                (func (export "string") (call $string (i32.load (i32.const 0)) (i32.load (i32.const 4))))
                (func (export "lists") (call $lists (i32.load (i32.const 0)) (i32.load (i32.const 4))))
                (func (export "options") (call $options (i32.load (i32.const 0)) (i32.load (i32.const 4))))
                (func (export "many") (call $many (i32.load (i32.const 0)))))
              (core instance $m (instantiate $M (with "" (instance
                (export "mem" (memory $memory)) (export "borrow" (func $borrow)) (export "own" (func $own))
                (export "string" (func $string)) (export "lists" (func $lists))
                (export "options" (func $options)) (export "many" (func $many))))))
              (func (export "load") (param "b" (list u8))
                (canon lift (core func $m "load") (memory $memory) (realloc $realloc)))
              (func (export "give") (param "f" (own $file)) (canon lift (core func $m "give")))
              (func (export "borrow") (canon lift (core func $m "borrow")))
              (func (export "own") (canon lift (core func $m "own")))
              (func (export "string") (canon lift (core func $m "string")))
              (func (export "lists") (canon lift (core func $m "lists")))
              (func (export "options") (canon lift (core func $m "options")))
              (func (export "many") (canon lift (core func $m "many")))
            )
            """;
    private static final Component COMPONENT = Component.fromText(ENGINE, GUEST);
    private static final String[] CALLS = {"borrow", "own", "string", "lists", "options", "many"};

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
    void liftArgumentsFromGuestMemory(@NotNull byte[] memory) {
        if (memory.length > 60_000) return;
        for (boolean typed : new boolean[] {false, true}) for (String name : CALLS) {
            try (ComponentInstance inst = linker(typed).instantiate(COMPONENT)) {
                inst.func("give").call(new Val.ResourceVal(Resource.own(FILE, "a")));
                inst.func("give").call(new Val.ResourceVal(Resource.own(FILE, "b")));
                inst.func("load").call(new Val.ListVal(bytes(memory)));
                inst.func(name).call();
            } catch (TrapException expected) {
                // hostile arguments are trapped as the spec says
            }
        }
    }

    /** Host functions with Val bodies, or also with typed bodies as generated bindings write them (then used). */
    private static ComponentLinker linker(boolean typed) {
        ComponentLinker linker = ComponentLinker.create(ENGINE);
        ComponentLinker.HostInstance host = linker.instance("host").resource("file", FILE, rep -> { });
        List<Type> strings = new ArrayList<>();
        for (int i = 0; i < 9; i++) strings.add(Type.Primitive.STRING);
        define(host, typed, "take-borrow", new Type.Borrow(FILE), c -> c.lend(c.nextI32(), FILE));
        define(host, typed, "take-own", new Type.Own(FILE), c -> c.takeOwn(c.nextI32(), FILE));
        define(host, typed, "take-string", Type.Primitive.STRING, Canon::nextString);
        define(host, typed, "take-lists", new Type.ListType(new Type.ListType(Type.Primitive.U8, -1), -1), c -> {
            long ptr = c.nextPtr();
            int n = c.checkList(ptr, c.nextPtr(), 8, 4);
            for (int i = 0; i < n; i++) c.loadBytes(c.getPtr(ptr + 8L * i), c.getPtr(ptr + 8L * i + 4));
        });
        define(host, typed, "take-options", new Type.ListType(new Type.OptionType(new Type.Own(FILE)), -1), c -> {
            long ptr = c.nextPtr();
            int n = c.checkList(ptr, c.nextPtr(), 8, 4);
            for (int i = 0; i < n; i++) {
                if (c.discriminant(c.get8(ptr + 8L * i) & 0xFF, 2) == 1) c.takeOwn(c.get32(ptr + 8L * i + 4), FILE);
            }
        });
        define(host, typed, "take-many", new Type.TupleType(strings), c -> {
            long at = c.spilledArea(72, 4);
            for (int i = 0; i < 9; i++) c.getString(at + 8L * i);
        });
        return linker;
    }

    private static void define(ComponentLinker.HostInstance host, boolean typed, String name, Type param,
                               TypedHostFunction body) {
        ComponentFuncType type = ComponentFuncType.of(List.of(new ComponentFuncType.Param("p", param)), null);
        if (typed) host.func(name, type, args -> null, body);
        else host.func(name, type, args -> null);
    }

    private static List<Val> bytes(byte[] memory) {
        List<Val> out = new ArrayList<>(memory.length);
        for (byte b : memory) out.add(new Val.U8(b));
        return out;
    }
}
