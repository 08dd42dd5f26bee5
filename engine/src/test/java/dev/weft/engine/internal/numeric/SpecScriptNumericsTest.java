package dev.weft.engine.internal.numeric;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.weft.engine.TrapException;
import dev.weft.engine.internal.decode.Op;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the assertions of the spec's .wast scripts whose exported function is a single folded
 * expression of numeric instructions over its parameters and constants, evaluating the expression
 * with this package's operations only (no decoder, validator or interpreter involved). SIMD loads
 * read a simulated memory built from the module's data segments. Functions using anything else
 * are skipped; the full conformance runner lives elsewhere.
 */
class SpecScriptNumericsTest {

    private static final List<String> SCALAR_SCRIPTS = List.of(
            "i32.wast", "i64.wast", "f32.wast", "f64.wast", "f32_bitwise.wast", "f64_bitwise.wast",
            "conversions.wast", "float_misc.wast", "float_exprs.wast");

    /** Minimum number of assertions each script must actually run, so a parsing regression is noticed. */
    private static final Map<String, Integer> MIN_RUN = Map.ofEntries(
            Map.entry("f32.wast", 2500), Map.entry("f64.wast", 2500), Map.entry("conversions.wast", 500),
            Map.entry("float_exprs.wast", 500), Map.entry("float_misc.wast", 450), Map.entry("i32.wast", 70),
            Map.entry("simd_f32x4_pmin_pmax.wast", 3800), Map.entry("simd_f64x2_cmp.wast", 2600),
            Map.entry("simd_f32x4_arith.wast", 1800), Map.entry("simd_lane.wast", 250),
            Map.entry("simd_i8x16_arith2.wast", 180), Map.entry("simd_conversions.wast", 230),
            Map.entry("simd_int_to_int_extend.wast", 220), Map.entry("simd_bit_shift.wast", 180),
            Map.entry("relaxed_dot_product.wast", 10), Map.entry("relaxed_min_max.wast", 24),
            Map.entry("simd_load_extend.wast", 72), Map.entry("simd_load_splat.wast", 100),
            Map.entry("simd_load8_lane.wast", 48), Map.entry("simd_load64_lane.wast", 12), Map.entry("simd_load_zero.wast", 23));

    @TestFactory
    Stream<DynamicTest> specScripts() throws IOException {
        Path dir = Path.of(System.getProperty("weft.suites", "../shared"), "testsuite");
        Assumptions.assumeTrue(Files.isDirectory(dir), "spec test suite not found at " + dir);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.list(dir)) {
            all.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".wast") && (n.startsWith("simd_") || n.contains("relaxed") || SCALAR_SCRIPTS.contains(n));
            }).sorted().forEach(files::add);
        }
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> run(p)));
    }

    private static void run(Path file) throws IOException {
        Map<String, Func> funcs = new HashMap<>();
        List<String> failures = new ArrayList<>();
        int ran = 0;
        for (WastSexpr cmd : WastSexpr.parseAll(Files.readString(file))) {
            switch (cmd.head()) {
                case "module" -> funcs = functions(cmd);
                case "assert_return", "assert_trap" -> {
                    WastSexpr invoke = cmd.get(1);
                    if (!invoke.head().equals("invoke")) continue;
                    Func f = funcs.get(invoke.get(1).atom());
                    if (f == null) continue;
                    String failure;
                    try {
                        failure = check(f, cmd);
                    } catch (Unsupported e) {
                        f.unsupported = true;
                        continue;
                    } catch (RuntimeException e) {
                        failure = cmd + ": " + e;
                    }
                    ran++;
                    if (failure != null) failures.add(failure);
                }
                default -> { }
            }
        }
        String name = file.getFileName().toString();
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + ran + " assertions failed in " + name + ":\n"
                    + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        }
        int min = MIN_RUN.getOrDefault(name, 0);
        assertTrue(ran >= min, name + ": only " + ran + " assertions ran, expected at least " + min);
    }

    // ---- functions of a module ----

    private static final class Func {
        final List<String> paramNames = new ArrayList<>();
        final List<Boolean> paramIsV128 = new ArrayList<>();
        byte[] memory;
        WastSexpr body;
        boolean unsupported;
    }

    private static Map<String, Func> functions(WastSexpr module) {
        Map<String, Func> funcs = new HashMap<>();
        if (module.size() > 1 && !module.get(1).isList() && !module.get(1).atom().startsWith("$")) return funcs; // binary/quote
        byte[] memory = memory(module);
        for (WastSexpr item : module.items()) {
            if (!item.head().equals("func")) continue;
            String export = null;
            Func f = new Func();
            f.memory = memory;
            List<WastSexpr> body = new ArrayList<>();
            for (int i = 1; i < item.size(); i++) {
                WastSexpr part = item.get(i);
                switch (part.isList() ? part.head() : "$") {
                    case "export" -> export = part.get(1).atom();
                    case "param" -> {
                        if (part.size() == 3 && part.get(1).atom().startsWith("$")) {
                            f.paramNames.add(part.get(1).atom());
                            f.paramIsV128.add(part.get(2).atom().equals("v128"));
                        } else {
                            for (int j = 1; j < part.size(); j++) {
                                f.paramNames.add(null);
                                f.paramIsV128.add(part.get(j).atom().equals("v128"));
                            }
                        }
                    }
                    case "result", "$" -> { }
                    default -> body.add(part);
                }
            }
            if (export != null && body.size() == 1) {
                f.body = body.getFirst();
                funcs.put(export, f);
            }
        }
        return funcs;
    }

    /** A module's single memory with its active data segments applied, or null if it has none. */
    private static byte[] memory(WastSexpr module) {
        byte[] memory = null;
        for (WastSexpr item : module.items()) {
            if (item.head().equals("memory") && item.size() == 2 && !item.get(1).isList()) memory = new byte[Integer.parseInt(item.get(1).atom()) << 16];
        }
        if (memory == null) return null;
        for (WastSexpr item : module.items()) {
            if (!item.head().equals("data") || item.size() < 2 || !item.get(1).isList()) continue;
            WastSexpr offset = item.get(1).head().equals("offset") ? item.get(1).get(1) : item.get(1);
            if (!offset.head().equals("i32.const")) continue;
            int at = (int) WastSexpr.parseInt(offset.get(1).atom());
            for (int i = 2; i < item.size(); i++) {
                byte[] bytes = WastSexpr.stringBytes(item.get(i).atom());
                System.arraycopy(bytes, 0, memory, at, bytes.length);
                at += bytes.length;
            }
        }
        return memory;
    }

    // ---- assertions ----

    private static final class Unsupported extends RuntimeException {
        Unsupported(String what) { super(what, null, false, false); }
    }

    /** Returns null when the assertion holds, else a description of the failure. */
    private static String check(Func f, WastSexpr cmd) {
        if (f.unsupported) throw new Unsupported("known");
        WastSexpr invoke = cmd.get(1);
        long[][] args = new long[invoke.size() - 2][];
        for (int i = 2; i < invoke.size(); i++) {
            long[] s = new long[2];
            int n = eval(invoke.get(i), null, null, s, 0);
            args[i - 2] = n == 1 ? new long[] {s[0]} : s;
        }
        long[] s = new long[64];
        if (cmd.head().equals("assert_trap")) {
            String expected = cmd.get(2).atom().replace("\"", "");
            try {
                eval(f.body, f, args, s, 0);
                return cmd + ": no trap";
            } catch (TrapException e) {
                return e.reason().equals(expected) ? null : cmd + ": trapped with \"" + e.reason() + "\"";
            }
        }
        int sp = eval(f.body, f, args, s, 0);
        int at = 0;
        for (int i = 2; i < cmd.size(); i++) {
            WastSexpr expected = cmd.get(i);
            int slots = slots(expected);
            boolean ok = at + slots <= sp && matches(expected, s, at);
            if (!ok) return cmd + ": got " + describe(s, sp);
            at += slots;
        }
        return at == sp ? null : cmd + ": got " + describe(s, sp);
    }

    private static String describe(long[] s, int sp) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sp; i++) b.append(String.format(" 0x%016x", s[i]));
        return b.toString();
    }

    private static int slots(WastSexpr expected) {
        return switch (expected.head()) {
            case "v128.const" -> 2;
            case "either" -> slots(expected.get(1));
            default -> 1;
        };
    }

    private static boolean matches(WastSexpr e, long[] s, int at) {
        String type = e.head();
        switch (type) {
            case "either" -> {
                for (int i = 1; i < e.size(); i++) if (matches(e.get(i), s, at)) return true;
                return false;
            }
            case "i32.const" -> { return (int) s[at] == (int) WastSexpr.parseInt(e.get(1).atom()); }
            case "i64.const" -> { return s[at] == WastSexpr.parseInt(e.get(1).atom()); }
            case "f32.const" -> { return matchesF32(e.get(1).atom(), (int) s[at]); }
            case "f64.const" -> { return matchesF64(e.get(1).atom(), s[at]); }
            case "v128.const" -> {
                String shape = e.get(1).atom();
                int lanes = e.size() - 2;
                int bits = 128 / lanes;
                for (int i = 0; i < lanes; i++) {
                    String lit = e.get(i + 2).atom();
                    int bit = i * bits;
                    long word = s[at + (bit >>> 6)] >>> (bit & 63);
                    boolean ok = switch (shape) {
                        case "f32x4" -> matchesF32(lit, (int) word);
                        case "f64x2" -> matchesF64(lit, word);
                        default -> bits == 64 ? word == WastSexpr.parseInt(lit)
                                : ((word ^ WastSexpr.parseInt(lit)) & ((1L << bits) - 1)) == 0;
                    };
                    if (!ok) return false;
                }
                return true;
            }
            default -> throw new Unsupported(type);
        }
    }

    private static boolean matchesF32(String lit, int bits) {
        return switch (lit) {
            case "nan:canonical" -> (bits & 0x7fff_ffff) == 0x7fc0_0000;
            case "nan:arithmetic" -> (bits & 0x7fc0_0000) == 0x7fc0_0000;
            default -> bits == WastSexpr.parseF32(lit);
        };
    }

    private static boolean matchesF64(String lit, long bits) {
        return switch (lit) {
            case "nan:canonical" -> (bits & Long.MAX_VALUE) == 0x7ff8_0000_0000_0000L;
            case "nan:arithmetic" -> (bits & 0x7ff8_0000_0000_0000L) == 0x7ff8_0000_0000_0000L;
            default -> bits == WastSexpr.parseF64(lit);
        };
    }

    // ---- evaluation of a folded expression onto the slot stack ----

    private static int eval(WastSexpr e, Func f, long[][] args, long[] s, int sp) {
        if (!e.isList()) throw new Unsupported("flat instruction " + e);
        String op = e.head();
        switch (op) {
            case "local.get" -> {
                String ref = e.get(1).atom();
                int index = ref.startsWith("$") ? f.paramNames.indexOf(ref) : Integer.parseInt(ref);
                if (index < 0 || index >= args.length) throw new Unsupported("local " + ref);
                for (long slot : args[index]) s[sp++] = slot;
                return sp;
            }
            case "i32.const", "i64.const" -> { s[sp] = WastSexpr.parseInt(e.get(1).atom()); return sp + 1; }
            case "f32.const" -> { s[sp] = WastSexpr.parseF32(e.get(1).atom()) & 0xFFFF_FFFFL; return sp + 1; }
            case "f64.const" -> { s[sp] = WastSexpr.parseF64(e.get(1).atom()); return sp + 1; }
            case "v128.const" -> {
                long[] v = v128(e);
                s[sp] = v[0];
                s[sp + 1] = v[1];
                return sp + 2;
            }
            default -> { }
        }
        int opcode = Op.byName(op);
        if (opcode < 0) throw new Unsupported(op);
        Op.Imm shape = Op.immediates(opcode);
        boolean load = SIMD_LOAD_BYTES.containsKey(op);
        if (shape != Op.Imm.NONE && shape != Op.Imm.LANE && shape != Op.Imm.SHUFFLE && !load) throw new Unsupported(op);
        List<Long> imms = new ArrayList<>();
        long offset = 0;
        int operands = 0;
        for (int i = 1; i < e.size(); i++) {
            WastSexpr item = e.get(i);
            if (!item.isList() && item.atom().startsWith("offset=")) {
                offset = WastSexpr.parseInt(item.atom().substring(7));
            } else if (!item.isList() && item.atom().startsWith("align=")) {
                continue;
            } else if (item.isList()) {
                sp = eval(item, f, args, s, sp);
                operands++;
            } else if (item.atom().matches("[-+]?(0x)?[0-9a-fA-F_]+")) {
                imms.add(WastSexpr.parseInt(item.atom()));
            } else {
                throw new Unsupported(op + " " + item);
            }
        }
        if (operands == 0) throw new Unsupported("operands not folded: " + e);
        if (load) return simdLoad(op, opcode, f, offset, imms.isEmpty() ? 0 : imms.getFirst().intValue(), s, sp);
        if (opcode >>> 16 == 0xFD) {
            long lo = 0, hi = 0;
            for (int i = 0; i < imms.size() && shape == Op.Imm.SHUFFLE; i++) {
                if (i < 8) lo |= (imms.get(i) & 0xFF) << (i * 8);
                else hi |= (imms.get(i) & 0xFF) << ((i - 8) * 8);
            }
            int lane = shape == Op.Imm.LANE ? imms.getFirst().intValue() : 0;
            return Simd.execute(opcode, s, sp, lane, lo, hi);
        }
        return ScalarDispatch.apply(op, s, sp, () -> new Unsupported(op));
    }

    /** Bytes read by each SIMD load. */
    private static final Map<String, Integer> SIMD_LOAD_BYTES = Map.ofEntries(
            Map.entry("v128.load", 16), Map.entry("v128.load8x8_s", 8), Map.entry("v128.load8x8_u", 8),
            Map.entry("v128.load16x4_s", 8), Map.entry("v128.load16x4_u", 8), Map.entry("v128.load32x2_s", 8),
            Map.entry("v128.load32x2_u", 8), Map.entry("v128.load8_splat", 1), Map.entry("v128.load16_splat", 2),
            Map.entry("v128.load32_splat", 4), Map.entry("v128.load64_splat", 8), Map.entry("v128.load32_zero", 4),
            Map.entry("v128.load64_zero", 8), Map.entry("v128.load8_lane", 1), Map.entry("v128.load16_lane", 2),
            Map.entry("v128.load32_lane", 4), Map.entry("v128.load64_lane", 8));

    /** Reads memory like the interpreter would and hands the bits to {@link SimdMemory}. */
    private static int simdLoad(String op, int opcode, Func f, long offset, int lane, long[] s, int sp) {
        if (f.memory == null) throw new Unsupported("no memory");
        boolean laneLoad = op.endsWith("_lane");
        int addrSlot = laneLoad ? sp - 3 : sp - 1;
        long address = (s[addrSlot] & 0xFFFF_FFFFL) + offset;
        int bytes = SIMD_LOAD_BYTES.get(op);
        if (address + bytes > f.memory.length) throw new TrapException("out of bounds memory access");
        long bits = readLittleEndian(f.memory, (int) address, Math.min(bytes, 8));
        if (laneLoad) {
            SimdMemory.loadLane(opcode, s, sp - 2, lane, bits);
            s[sp - 3] = s[sp - 2];
            s[sp - 2] = s[sp - 1];
            return sp - 1;
        }
        switch (op) {
            case "v128.load" -> { s[addrSlot] = bits; s[addrSlot + 1] = readLittleEndian(f.memory, (int) address + 8, 8); }
            case "v128.load32_zero", "v128.load64_zero" -> SimdMemory.loadZero(s, addrSlot, bits);
            default -> {
                if (op.endsWith("_splat")) SimdMemory.loadSplat(opcode, s, addrSlot, bits);
                else SimdMemory.loadExtend(opcode, s, addrSlot, bits);
            }
        }
        return sp + 1;
    }

    private static long readLittleEndian(byte[] memory, int at, int bytes) {
        long v = 0;
        for (int i = bytes - 1; i >= 0; i--) v = v << 8 | (memory[at + i] & 0xFF);
        return v;
    }

    private static long[] v128(WastSexpr e) {
        String shape = e.get(1).atom();
        int lanes = e.size() - 2;
        int bits = 128 / lanes;
        long[] v = new long[2];
        for (int i = 0; i < lanes; i++) {
            String lit = e.get(i + 2).atom();
            long x = switch (shape) {
                case "f32x4" -> WastSexpr.parseF32(lit) & 0xFFFF_FFFFL;
                case "f64x2" -> WastSexpr.parseF64(lit);
                default -> bits == 64 ? WastSexpr.parseInt(lit) : WastSexpr.parseInt(lit) & ((1L << bits) - 1);
            };
            int bit = i * bits;
            v[bit >>> 6] |= x << (bit & 63);
        }
        return v;
    }
}
