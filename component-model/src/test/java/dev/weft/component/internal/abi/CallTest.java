package dev.weft.component.internal.abi;

import static dev.weft.component.internal.abi.StringsTest.trapOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.component.Resource;
import dev.weft.component.ResourceType;
import dev.weft.component.Type;
import dev.weft.component.Type.Primitive;
import dev.weft.component.Val;
import dev.weft.engine.Engine;
import dev.weft.engine.Func;
import dev.weft.engine.FuncType;
import dev.weft.engine.Instance;
import dev.weft.engine.Linker;
import dev.weft.engine.Module;
import dev.weft.engine.ValueType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole calls through {@link LiftedFunction} and {@link LoweredFunction} with real core wasm. */
class CallTest {
    static final Engine ENGINE = Engine.create();

    static final String ALLOCATOR = """
              (memory (export "mem") 1)
              (global $next (mut i32) (i32.const 4096))
              (func $realloc (export "realloc") (param $old i32) (param $osize i32) (param $align i32) (param $nsize i32) (result i32)
                (local $r i32)
                (if (i32.and (i32.ne (local.get $old) (i32.const 0)) (i32.le_u (local.get $nsize) (local.get $osize)))
                  (then (return (local.get $old))))
                (local.set $r (i32.and (i32.add (global.get $next) (i32.const 7)) (i32.const -8)))
                (global.set $next (i32.add (local.get $r) (local.get $nsize)))
                (if (local.get $old) (then (memory.copy (local.get $r) (local.get $old) (local.get $osize))))
                (local.get $r))
            """;

    static Instance instantiate(String body, Linker linker) {
        return linker.instantiate(Module.fromText(ENGINE, "(module " + body + ")"));
    }

    static CanonicalOptions options(Instance i, StringEncoding encoding, Func postReturn) {
        return new CanonicalOptions(i.memory("mem"), i.func("realloc"), postReturn, encoding);
    }

    /** A utf8 callee that returns its string argument's length in bytes and the string "ok" + its input. */
    static final String ECHO = ALLOCATOR + """
              (global $freed (export "freed") (mut i32) (i32.const 0))
              (func (export "echo") (param $ptr i32) (param $len i32) (result i32)
                (local $out i32)
                (local.set $out (call $realloc (i32.const 0) (i32.const 0) (i32.const 1) (i32.add (local.get $len) (i32.const 2))))
                (i32.store8 (local.get $out) (i32.const 111))
                (i32.store8 offset=1 (local.get $out) (i32.const 107))
                (memory.copy (i32.add (local.get $out) (i32.const 2)) (local.get $ptr) (local.get $len))
                (i32.store (i32.const 16) (local.get $len))
                (i32.store (i32.const 20) (local.get $out))
                (i32.store (i32.const 24) (i32.add (local.get $len) (i32.const 2)))
                (i32.const 16))
              (func (export "post") (param i32) (global.set $freed (i32.add (global.get $freed) (i32.const 1))))
            """;

    static final FuncSignature ECHO_SIG = new FuncSignature(List.of(Primitive.STRING),
            List.of(new Type.TupleType(List.of(Primitive.U32, Primitive.STRING))));

    @Test
    void hostCallsALiftedFunction() {
        Instance callee = instantiate(ECHO, Linker.create(ENGINE));
        InstanceState state = new InstanceState(new ResourceRegistry());
        LiftedFunction echo = new LiftedFunction(ECHO_SIG, callee.func("echo"),
                options(callee, StringEncoding.UTF8, callee.func("post")), state);
        List<Val> results = echo.call(List.of(new Val.Str("héllo")));
        assertEquals(List.of(new Val.TupleVal(List.of(new Val.U32(6), new Val.Str("okhéllo")))), results);
        assertEquals(1, callee.global("freed").get());
        assertEquals(true, state.mayEnter());
    }

    @Test
    void componentCallsComponentAcrossEncodings() {
        ResourceRegistry registry = new ResourceRegistry();
        Instance calleeCore = instantiate(ECHO, Linker.create(ENGINE));
        InstanceState calleeState = new InstanceState(registry);
        LiftedFunction echo = new LiftedFunction(ECHO_SIG, calleeCore.func("echo"),
                options(calleeCore, StringEncoding.UTF8, calleeCore.func("post")), calleeState);

        Instance memory = instantiate(ALLOCATOR, Linker.create(ENGINE));
        InstanceState callerState = new InstanceState(registry);
        Func lowered = LoweredFunction.create(ECHO_SIG, options(memory, StringEncoding.UTF16, null), callerState, echo, Peer.COMPONENT);
        assertEquals(FuncType.of(List.of(ValueType.I32, ValueType.I32, ValueType.I32), List.of()), lowered.type());
        // "hé☃" in UTF-16 at 256, results written to 512
        int[] units = {'h', 0xe9, 0x2603};
        for (int i = 0; i < units.length; i++) memory.memory("mem").writeShort(256 + 2 * i, (short) units[i]);
        lowered.call(256, 3, 512);
        var mem = memory.memory("mem");
        assertEquals(6, mem.readInt(512));
        int ptr = mem.readInt(516);
        int len = mem.readInt(520);
        assertEquals(5, len);
        AbiContext read = AbiContext.of(options(memory, StringEncoding.UTF16, null), Peer.HOST);
        assertEquals("okhé☃", Strings.load(read, ptr, len));
        assertEquals(1, calleeCore.global("freed").get());
    }

    @Test
    void reenteringAnInstanceTraps() {
        ResourceRegistry registry = new ResourceRegistry();
        InstanceState a = new InstanceState(registry);
        InstanceState b = new InstanceState(registry);
        FuncSignature unit = new FuncSignature(List.of(), List.of());
        List<Func> importOfA = new ArrayList<>();
        List<Func> importOfB = new ArrayList<>();
        String body = "(import \"host\" \"out\" (func $out)) (func (export \"run\") (call $out))";
        Instance coreA = instantiate(body, Linker.create(ENGINE).func("host", "out", FuncType.of(List.of(), List.of()),
                args -> importOfA.get(0).call()));
        Instance coreB = instantiate(body, Linker.create(ENGINE).func("host", "out", FuncType.of(List.of(), List.of()),
                args -> importOfB.get(0).call()));
        LiftedFunction runA = new LiftedFunction(unit, coreA.func("run"), CanonicalOptions.none(), a);
        LiftedFunction runB = new LiftedFunction(unit, coreB.func("run"), CanonicalOptions.none(), b);
        importOfA.add(LoweredFunction.create(unit, CanonicalOptions.none(), a, runB, Peer.COMPONENT));
        importOfB.add(LoweredFunction.create(unit, CanonicalOptions.none(), b, runA, Peer.COMPONENT));
        assertEquals("cannot enter component instance", trapOf(() -> runA.call(List.of())));
    }

    @Test
    void nestedInstancesEnterTheirAncestors() {
        ResourceRegistry registry = new ResourceRegistry();
        InstanceState parent = new InstanceState(registry);
        InstanceState child = new InstanceState(registry, parent);
        InstanceState sibling = new InstanceState(registry, parent);
        child.enterFrom(null);
        assertEquals(false, parent.mayEnter());
        assertEquals(true, sibling.mayEnterFrom(child));
        assertEquals(false, sibling.mayEnterFrom(null));
        child.leaveTo(null);
        assertEquals(true, parent.mayEnter());
    }

    @Test
    void calleeThatKeepsABorrowTraps() {
        ResourceRegistry registry = new ResourceRegistry();
        ResourceType r = ResourceType.host("r");
        registry.defineHost(r, null);
        InstanceState state = new InstanceState(registry);
        FuncSignature sig = new FuncSignature(List.of(new Type.Borrow(r)), List.of());
        Instance keep = instantiate("(func (export \"f\") (param i32))", Linker.create(ENGINE));
        LiftedFunction f = new LiftedFunction(sig, keep.func("f"), CanonicalOptions.none(), state);
        assertEquals("borrow handles still remain at the end of the call",
                trapOf(() -> f.call(List.of(new Val.ResourceVal(Resource.borrow(r, "x"))))));
    }

    @Test
    void aHostImportSeesLiftedArgumentsAndReturnsLoweredResults() {
        Instance memory = instantiate(ALLOCATOR, Linker.create(ENGINE));
        FuncSignature sig = new FuncSignature(List.of(Type.ListType.of(Primitive.S32)), List.of(Primitive.S64));
        InstanceState state = new InstanceState(new ResourceRegistry());
        Func sum = LoweredFunction.create(sig, options(memory, StringEncoding.UTF8, null), state, ComponentCallee.host(args -> {
            long total = 0;
            for (Val v : ((Val.ListVal) args.get(0)).elements()) total += ((Val.S32) v).value();
            return List.of(new Val.S64(total));
        }), Peer.HOST);
        var mem = memory.memory("mem");
        mem.writeInt(64, 40);
        mem.writeInt(68, -2);
        mem.writeInt(72, 4);
        assertEquals(42L, sum.call(64, 3)[0]);
        assertEquals("list pointer is not aligned", trapOf(() -> sum.call(66, 1)));
        state.setMayLeave(false);
        assertEquals("cannot leave component instance", trapOf(() -> sum.call(64, 3)));
    }

    @Test
    void badHostArgumentsLeaveTheInstanceUsable() {
        Instance callee = instantiate(ECHO, Linker.create(ENGINE));
        InstanceState state = new InstanceState(new ResourceRegistry());
        LiftedFunction echo = new LiftedFunction(ECHO_SIG, callee.func("echo"), options(callee, StringEncoding.UTF8, null), state);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> echo.call(List.of(new Val.U32(1))));
        assertEquals(true, state.mayEnter());
        assertEquals(new Val.Str("okx"), ((Val.TupleVal) echo.call(List.of(new Val.Str("x"))).get(0)).elements().get(1));
    }

    @Test
    void aCoreExceptionTrapsAtTheBoundary() {
        Instance core = instantiate("(tag $t) (func (export \"f\") (throw $t))", Linker.create(ENGINE));
        LiftedFunction f = new LiftedFunction(new FuncSignature(List.of(), List.of()), core.func("f"), CanonicalOptions.none(),
                new InstanceState(new ResourceRegistry()));
        assertEquals("uncaught exception at a component boundary", trapOf(() -> f.call(List.of())));
    }

    @Test
    void reentryIsCheckedBeforeTheArgumentsAreLifted() {
        ResourceRegistry registry = new ResourceRegistry();
        InstanceState a = new InstanceState(registry);
        InstanceState b = new InstanceState(registry);
        FuncSignature unit = new FuncSignature(List.of(), List.of());
        FuncSignature takesChar = new FuncSignature(List.of(Primitive.CHAR), List.of());
        List<Func> importOfA = new ArrayList<>();
        List<Func> importOfB = new ArrayList<>();
        Instance coreA = instantiate("(import \"host\" \"out\" (func $out)) (func (export \"run\") (call $out))"
                + " (func (export \"take\") (param i32))",
                Linker.create(ENGINE).func("host", "out", FuncType.of(List.of(), List.of()), args -> importOfA.get(0).call()));
        Instance coreB = instantiate("(import \"host\" \"out\" (func $out (param i32))) (func (export \"run\") (call $out (i32.const 0xd800)))",
                Linker.create(ENGINE).func("host", "out", FuncType.of(List.of(ValueType.I32), List.of()), args -> importOfB.get(0).call(args)));
        LiftedFunction runA = new LiftedFunction(unit, coreA.func("run"), CanonicalOptions.none(), a);
        LiftedFunction takeA = new LiftedFunction(takesChar, coreA.func("take"), CanonicalOptions.none(), a);
        LiftedFunction runB = new LiftedFunction(unit, coreB.func("run"), CanonicalOptions.none(), b);
        importOfA.add(LoweredFunction.create(unit, CanonicalOptions.none(), a, runB, Peer.COMPONENT));
        importOfB.add(LoweredFunction.create(takesChar, CanonicalOptions.none(), b, takeA, Peer.COMPONENT));
        assertEquals("cannot enter component instance", trapOf(() -> runA.call(List.of())));
        InstanceState c = new InstanceState(registry);
        Func direct = LoweredFunction.create(takesChar, CanonicalOptions.none(), c,
                new LiftedFunction(takesChar, coreA.func("take"), CanonicalOptions.none(), new InstanceState(registry)), Peer.COMPONENT);
        assertEquals("invalid `char` bit pattern", trapOf(() -> direct.call(0xd800)));
    }
}
