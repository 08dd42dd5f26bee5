package dev.weft.conformance.bindings.lists;

import static dev.weft.conformance.bindings.Checker.render;

import dev.weft.component.bindings.Tuple2;
import dev.weft.component.bindings.Tuple3;
import dev.weft.conformance.bindings.Checker;
import dev.weft.conformance.bindings.GuestCheck;
import dev.weft.conformance.bindings.lists.runner.Runner;
import dev.weft.conformance.bindings.lists.runner.ToTest;
import dev.weft.conformance.bindings.lists.test.Test;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * test:lists: empty, nested, large and numeric lists (as primitive arrays at their extremes), strings and
 * lists of tuples, both ways; the guest's heap must hold no live bytes after the calls.
 */
public final class ListsRoundTrip implements GuestCheck {
    @Override
    public String name() { return "lists"; }

    @Override
    public void run(Checker check) {
        exports(check);
        imports(check);
    }

    private static byte[] pattern(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) b[i] = (byte) (i * 7);
        return b;
    }

    private static void exports(Checker check) {
        try (Test t = Test.builder().componentResource(ListsRoundTrip.class, GuestCheck.component("lists", "test")).build()) {
            Test.ToTest l = t.toTest();
            int before = l.allocatedBytes();
            check.ok("empty-list-param([])", () -> l.emptyListParam(new byte[0]));
            check.ok("empty-string-param(\"\")", () -> l.emptyStringParam(""));
            check.eq("empty-list-result()", new byte[0], l::emptyListResult);
            check.eq("empty-string-result()", "", l::emptyStringResult);
            check.ok("list-param([1, 2, 3, 4])", () -> l.listParam(new byte[] {1, 2, 3, 4}));
            check.ok("list-param2(\"foo\")", () -> l.listParam2("foo"));
            check.ok("list-param3", () -> l.listParam3(List.of("foo", "bar", "baz")));
            check.ok("list-param4", () -> l.listParam4(List.of(List.of("foo", "bar"), List.of("baz"))));
            check.ok("list-param5", () -> l.listParam5(List.of(new Tuple3<>((byte) 1, 2, (byte) 3), new Tuple3<>((byte) 4, 5, (byte) 6))));
            check.ok("list-param-large", () -> l.listParamLarge(Collections.nCopies(1000, "string")));
            check.eq("list-result()", new byte[] {1, 2, 3, 4, 5}, l::listResult);
            check.eq("list-result2()", "hello!", l::listResult2);
            check.eq("list-result3()", List.of("hello,", "world!"), l::listResult3);
            byte[] u8 = {0, (byte) 255};
            byte[] s8 = {-128, 127};
            check.eq("list-minmax8", new Tuple2<>(u8, s8), () -> l.listMinmax8(u8, s8));
            short[] u16 = {0, (short) 65535};
            short[] s16 = {Short.MIN_VALUE, Short.MAX_VALUE};
            check.eq("list-minmax16", new Tuple2<>(u16, s16), () -> l.listMinmax16(u16, s16));
            int[] u32 = {0, -1};
            int[] s32 = {Integer.MIN_VALUE, Integer.MAX_VALUE};
            check.eq("list-minmax32", new Tuple2<>(u32, s32), () -> l.listMinmax32(u32, s32));
            long[] u64 = {0, -1};
            long[] s64 = {Long.MIN_VALUE, Long.MAX_VALUE};
            check.eq("list-minmax64", new Tuple2<>(u64, s64), () -> l.listMinmax64(u64, s64));
            float[] f32 = {-Float.MAX_VALUE, Float.MAX_VALUE, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, -0.0f, Float.MIN_VALUE};
            double[] f64 = {-Double.MAX_VALUE, Double.MAX_VALUE, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, -0.0, Double.MIN_VALUE};
            check.eq("list-minmax-float", new Tuple2<>(f32, f64), () -> l.listMinmaxFloat(f32, f64));
            for (byte[] v : new byte[][] {{}, {1, 2, 3}, pattern(100_000)}) {
                check.eq("list-roundtrip(" + v.length + " bytes)", v, () -> l.listRoundtrip(v));
            }
            for (String v : new String[] {"", "x", "hello 🚀 ÿ 𠈄", "z".repeat(70_000)}) {
                check.eq("string-roundtrip(" + v.length() + " chars)", v, () -> l.stringRoundtrip(v));
            }
            List<Tuple2<String, byte[]>> headers = List.of(
                    new Tuple2<>("Content-Type", "text/plain".getBytes(StandardCharsets.US_ASCII)),
                    new Tuple2<>("X-Empty", new byte[0]), new Tuple2<>("", new byte[] {0, (byte) 255}));
            check.eq("wasi-http-headers-roundtrip", headers, () -> l.wasiHttpHeadersRoundtrip(headers));
            check.eq("wasi-http-headers-roundtrip([])", List.of(), () -> l.wasiHttpHeadersRoundtrip(List.of()));
            check.eq("allocated-bytes() after the calls (nothing leaked)", before, l::allocatedBytes);
        }
    }

    private static void imports(Checker check) {
        List<String> expected = new ArrayList<>();
        ToTest host = new ToTest() {
            @Override public void emptyListParam(byte[] a) { check.received("empty-list-param " + render(a)); }
            @Override public void emptyStringParam(String a) { check.received("empty-string-param '" + a + "'"); }
            @Override public byte[] emptyListResult() { check.received("empty-list-result"); return new byte[0]; }
            @Override public String emptyStringResult() { check.received("empty-string-result"); return ""; }
            @Override public void listParam(byte[] a) { check.received("list-param " + render(a)); }
            @Override public void listParam2(String a) { check.received("list-param2 " + a); }
            @Override public void listParam3(List<String> a) { check.received("list-param3 " + render(a)); }
            @Override public void listParam4(List<List<String>> a) { check.received("list-param4 " + render(a)); }
            @Override public void listParam5(List<Tuple3<Byte, Integer, Byte>> a) { check.received("list-param5 " + render(a)); }
            @Override public void listParamLarge(List<String> a) {
                check.received("list-param-large " + a.size() + " " + a.stream().allMatch("string"::equals));
            }
            @Override public byte[] listResult() { check.received("list-result"); return new byte[] {1, 2, 3, 4, 5}; }
            @Override public String listResult2() { check.received("list-result2"); return "hello!"; }
            @Override public List<String> listResult3() { check.received("list-result3"); return List.of("hello,", "world!"); }
            @Override public Tuple2<byte[], byte[]> listMinmax8(byte[] a, byte[] b) {
                check.received("minmax8 " + render(a) + render(b));
                return new Tuple2<>(a, b);
            }
            @Override public Tuple2<short[], short[]> listMinmax16(short[] a, short[] b) {
                check.received("minmax16 " + render(a) + render(b));
                return new Tuple2<>(a, b);
            }
            @Override public Tuple2<int[], int[]> listMinmax32(int[] a, int[] b) {
                check.received("minmax32 " + render(a) + render(b));
                return new Tuple2<>(a, b);
            }
            @Override public Tuple2<long[], long[]> listMinmax64(long[] a, long[] b) {
                check.received("minmax64 " + render(a) + render(b));
                return new Tuple2<>(a, b);
            }
            @Override public Tuple2<float[], double[]> listMinmaxFloat(float[] a, double[] b) {
                check.received("minmax-float " + render(a) + render(b));
                return new Tuple2<>(a, b);
            }
            @Override public byte[] listRoundtrip(byte[] a) {
                check.received("list-roundtrip " + (a.length > 16
                        ? a.length + " " + java.util.Arrays.equals(a, pattern(a.length)) : render(a)));
                return a;
            }
            @Override public String stringRoundtrip(String a) { check.received("string-roundtrip '" + a + "'"); return a; }
            @Override public List<Tuple2<String, byte[]>> wasiHttpHeadersRoundtrip(List<Tuple2<String, byte[]>> a) {
                check.received("headers " + render(a));
                return a;
            }
            @Override public int allocatedBytes() { check.received("allocated-bytes"); return 0; }
        };
        try (Runner r = Runner.builder().componentResource(ListsRoundTrip.class, GuestCheck.component("lists", "runner"))
                .toTest(host).build()) {
            check.ok("runner run()", r::run);
        }
        expected.addAll(List.of("allocated-bytes", "empty-list-param []", "empty-string-param ''", "empty-list-result",
                "empty-string-result", "list-param [1, 2, 3, 4]", "list-param2 foo", "list-param3 [foo, bar, baz]",
                "list-param4 [[foo, bar], [baz]]", "list-param5 [Tuple3(1, 2, 3), Tuple3(4, 5, 6)]", "list-param-large 1000 true",
                "list-result", "list-result2", "list-result3",
                "minmax8 [0, -1][-128, 127]", "minmax16 [0, -1][-32768, 32767]", "minmax32 [0, -1][-2147483648, 2147483647]",
                "minmax64 [0, -1][-9223372036854775808, 9223372036854775807]",
                "minmax-float [-3.4028235E38, 3.4028235E38, -Infinity, Infinity][-1.7976931348623157E308, 1.7976931348623157E308, -Infinity, Infinity]",
                "list-roundtrip []", "list-roundtrip [1, 2, 3]", "list-roundtrip 100000 true",
                "string-roundtrip ''", "string-roundtrip 'x'", "string-roundtrip 'hello 🚀 ÿ 𠈄'",
                "headers [Tuple2(Content-Type, [116, 101, 120, 116, 47, 112, 108, 97, 105, 110]), Tuple2(X-Empty, []), Tuple2(, [0, -1])]",
                "allocated-bytes"));
        check.receivedExactly(expected);
    }
}
