package dev.weft.component.internal.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.Component;
import dev.weft.component.ComponentInstance;
import dev.weft.component.ComponentLinker;
import dev.weft.component.Val;
import dev.weft.component.bindings.Canon;
import dev.weft.component.bindings.TypedExport;
import dev.weft.engine.Engine;
import dev.weft.engine.TrapException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A guest returning lists of many small elements, or many lists sharing the same bytes: lifting
 * them on the dynamic and the typed path succeeds within the per-call budget
 * ({@link Lifting#maxLiftBytes}) and traps beyond it, never with a JVM error.
 */
class HostileSizeTest {
    /**
     * {@code set(n, len)} then {@code lists}: a list of n (ptr, len) pairs at address 0, all pointing at
     * the same len bytes at 0x20000 (n at most 8192); {@code bools}: a list of n bytes at 0x30000,
     * growing memory to fit.
     */
    static final String GUEST = """
            (component
              (core module $M
                (memory (export "mem") 4)
                (global $n (mut i32) (i32.const 0))
                (global $len (mut i32) (i32.const 0))
                (func (export "set") (param i32 i32) (global.set $n (local.get 0)) (global.set $len (local.get 1)))
                (func (export "lists") (result i32)
                  (local $i i32)
                  (block $done (loop $next
                    (br_if $done (i32.ge_u (local.get $i) (global.get $n)))
                    (i32.store (i32.shl (local.get $i) (i32.const 3)) (i32.const 0x20000))
                    (i32.store (i32.add (i32.shl (local.get $i) (i32.const 3)) (i32.const 4)) (global.get $len))
                    (local.set $i (i32.add (local.get $i) (i32.const 1)))
                    (br $next)))
                  (i32.store (i32.const 0x10000) (i32.const 0))
                  (i32.store (i32.const 0x10004) (global.get $n))
                  (i32.const 0x10000))
                (func (export "bools") (result i32)
                  (local $pages i32)
                  (local.set $pages (i32.add (i32.shr_u (global.get $n) (i32.const 16)) (i32.const 4)))
                  (if (i32.gt_u (local.get $pages) (memory.size))
                    (then (drop (memory.grow (i32.sub (local.get $pages) (memory.size))))))
                  (i32.store (i32.const 0x10000) (i32.const 0x30000))
                  (i32.store (i32.const 0x10004) (global.get $n))
                  (i32.const 0x10000)))
              (core instance $m (instantiate $M))
              (alias core export $m "mem" (core memory $mem))
              (func (export "set") (param "n" u32) (param "len" u32) (canon lift (core func $m "set")))
              (func (export "byte-lists") (result (list (list u8))) (canon lift (core func $m "lists") (memory $mem)))
              (func (export "strings") (result (list string)) (canon lift (core func $m "lists") (memory $mem)))
              (func (export "bools") (result (list bool)) (canon lift (core func $m "bools") (memory $mem)))
            )
            """;
    private static final Engine ENGINE = Engine.create();
    private static final Component COMPONENT = Component.fromText(ENGINE, GUEST);
    private static final long DEFAULT_BUDGET = Lifting.maxLiftBytes();

    @AfterEach
    void restoreBudget() { Lifting.setMaxLiftBytes(DEFAULT_BUDGET); }

    private static ComponentInstance guest(int n, int len) {
        ComponentInstance inst = ComponentLinker.create(ENGINE).instantiate(COMPONENT);
        inst.func("set").call(new Val.U32(n), new Val.U32(len));
        return inst;
    }

    private static <R> R typed(ComponentInstance inst, String name, Function<Canon, R> lift) {
        return new TypedExport(inst, name).invoke(c -> { }, lift);
    }

    /** The generated code for {@code list<list<u8>>} in the result area. */
    private static List<byte[]> byteLists(Canon c) {
        long at = c.spilledArea(8, 4);
        long ptr = c.getPtr(at);
        int n = c.checkList(ptr, c.getPtr(at + 4), 8, 4);
        List<byte[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(c.loadBytes(c.getPtr(ptr + 8L * i), c.getPtr(ptr + 8L * i + 4)));
        return out;
    }

    private static List<String> strings(Canon c) {
        long at = c.spilledArea(8, 4);
        long ptr = c.getPtr(at);
        int n = c.checkList(ptr, c.getPtr(at + 4), 8, 4);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(c.getString(ptr + 8L * i));
        return out;
    }

    private static boolean[] bools(Canon c) {
        long at = c.spilledArea(8, 4);
        byte[] raw = c.loadBytes(c.getPtr(at), c.getPtr(at + 4));
        boolean[] out = new boolean[raw.length];
        for (int i = 0; i < raw.length; i++) out[i] = raw[i] != 0;
        return out;
    }

    private static void overBudget(Executable call) {
        TrapException e = assertThrows(TrapException.class, call);
        assertEquals("lifted values exceed the limit of 1048576 bytes of list and string content per call"
                + " (system property weft.component.maxLiftBytes)", e.reason());
    }

    @Test
    void listsSharingBytesLiftWithinTheBudget() {
        try (ComponentInstance inst = guest(64, 1000)) {
            assertEquals(64, ((Val.ListVal) inst.func("byte-lists").call()).elements().size());
            assertEquals(64, typed(inst, "byte-lists", HostileSizeTest::byteLists).size());
            assertEquals(1000, typed(inst, "strings", HostileSizeTest::strings).get(63).length());
        }
    }

    @Test
    void listsSharingBytesTrapBeyondTheBudget() {
        // 8192 lists of the same 64 KiB: half a gigabyte of content from 128 KiB of guest memory
        Lifting.setMaxLiftBytes(1 << 20);
        try (ComponentInstance inst = guest(8192, 0x10000)) {
            overBudget(() -> inst.func("byte-lists").call());
            overBudget(() -> typed(inst, "byte-lists", HostileSizeTest::byteLists));
            overBudget(() -> inst.func("strings").call());
            overBudget(() -> typed(inst, "strings", HostileSizeTest::strings));
        }
    }

    @Test
    void manyEmptyElementsLift() {
        try (ComponentInstance inst = guest(8192, 0)) {
            assertEquals(8192, ((Val.ListVal) inst.func("strings").call()).elements().size());
            assertEquals(8192, typed(inst, "strings", HostileSizeTest::strings).size());
            assertEquals(8192, ((Val.ListVal) inst.func("byte-lists").call()).elements().size());
            assertEquals(8192, typed(inst, "byte-lists", HostileSizeTest::byteLists).size());
        }
    }

    @Test
    void aLongBoolListLiftsOrTrapsBeyondTheBudget() {
        int n = 1 << 22;
        try (ComponentInstance inst = guest(n, 0)) {
            assertEquals(n, ((Val.ListVal) inst.func("bools").call()).elements().size());
            assertEquals(n, typed(inst, "bools", HostileSizeTest::bools).length);
            Lifting.setMaxLiftBytes(1 << 20);
            overBudget(() -> inst.func("bools").call());
            overBudget(() -> typed(inst, "bools", HostileSizeTest::bools));
        }
    }

    @Test
    void theLongestListTheSpecAllowsIsCheckedBeforeAnythingIsBuilt() {
        // 2^28 - 1 bools (the spec's most) in memory; the budget refuses them before any allocation
        Lifting.setMaxLiftBytes(1 << 20);
        try (ComponentInstance inst = guest((1 << 28) - 1, 0)) {
            overBudget(() -> inst.func("bools").call());
            overBudget(() -> typed(inst, "bools", HostileSizeTest::bools));
        }
    }
}
