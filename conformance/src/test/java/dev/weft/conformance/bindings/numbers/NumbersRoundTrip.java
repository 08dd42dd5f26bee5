package dev.weft.conformance.bindings.numbers;

import dev.weft.conformance.bindings.Checker;
import dev.weft.conformance.bindings.GuestCheck;
import dev.weft.conformance.bindings.numbers.runner.Numbers;
import dev.weft.conformance.bindings.numbers.runner.Runner;
import dev.weft.conformance.bindings.numbers.test.Test;

/** test:numbers: identity round trips of every scalar type at its edges, and a stored u32. */
public final class NumbersRoundTrip implements GuestCheck {
    @Override
    public String name() { return "numbers"; }

    @Override
    public void run(Checker check) {
        exports(check);
        imports(check);
    }

    private static void exports(Checker check) {
        try (Test t = Test.builder().componentResource(NumbersRoundTrip.class, GuestCheck.component("numbers", "test")).build()) {
            Test.Numbers n = t.numbers();
            for (byte v : new byte[] {0, 1, (byte) 255, (byte) 128, 127}) check.eq("roundtrip-u8 " + v, v, () -> n.roundtripU8(v));
            for (byte v : new byte[] {0, 1, -1, -128, 127}) check.eq("roundtrip-s8 " + v, v, () -> n.roundtripS8(v));
            for (short v : new short[] {0, 1, (short) 65535, (short) 32768}) check.eq("roundtrip-u16 " + v, v, () -> n.roundtripU16(v));
            for (short v : new short[] {0, -1, Short.MIN_VALUE, Short.MAX_VALUE}) check.eq("roundtrip-s16 " + v, v, () -> n.roundtripS16(v));
            for (int v : new int[] {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
                check.eq("roundtrip-u32 " + v, v, () -> n.roundtripU32(v));
                check.eq("roundtrip-s32 " + v, v, () -> n.roundtripS32(v));
            }
            for (long v : new long[] {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE}) {
                check.eq("roundtrip-u64 " + v, v, () -> n.roundtripU64(v));
                check.eq("roundtrip-s64 " + v, v, () -> n.roundtripS64(v));
            }
            // Floats compare by raw bits (-0.0 keeps its sign); a NaN must stay a NaN, but the Canonical ABI
            // lets lifting and lowering change NaN payloads, so those are not compared.
            for (int bits : new int[] {0x3f800000, 0x80000000, 0x7f800000, 0xff800000, 0x00000001, 0x7f7fffff, 0x007fffff}) {
                check.eq("roundtrip-f32 0x" + Integer.toHexString(bits), bits,
                        () -> Float.floatToRawIntBits(n.roundtripF32(Float.intBitsToFloat(bits))));
            }
            for (long bits : new long[] {0x3ff0000000000000L, 0x8000000000000000L, 0x7ff0000000000000L, 0xfff0000000000000L, 1L,
                    0x7fefffffffffffffL, 0x000fffffffffffffL}) {
                check.eq("roundtrip-f64 0x" + Long.toHexString(bits), bits,
                        () -> Double.doubleToRawLongBits(n.roundtripF64(Double.longBitsToDouble(bits))));
            }
            for (int bits : new int[] {0x7fc00000, 0xffc00001, 0x7fa00001}) {
                check.that("roundtrip-f32 NaN 0x" + Integer.toHexString(bits) + " stays NaN",
                        Float.isNaN(n.roundtripF32(Float.intBitsToFloat(bits))));
            }
            for (long bits : new long[] {0x7ff8000000000000L, 0x7ff4000000000001L}) {
                check.that("roundtrip-f64 NaN 0x" + Long.toHexString(bits) + " stays NaN",
                        Double.isNaN(n.roundtripF64(Double.longBitsToDouble(bits))));
            }
            for (int c : new int[] {'a', 0, 0xD7FF, 0xE000, 0x1F600, 0x10FFFF}) check.eq("roundtrip-char U+" + Integer.toHexString(c), c, () -> n.roundtripChar(c));
            check.eq("get-scalar initially", 0, n::getScalar);
            check.ok("set-scalar(7)", () -> n.setScalar(7));
            check.eq("get-scalar after set-scalar(7)", 7, n::getScalar);
            check.ok("set-scalar(u32 max)", () -> n.setScalar(-1));
            check.eq("get-scalar after set-scalar(u32 max)", -1, n::getScalar);
        }
    }

    private static void imports(Checker check) {
        Numbers host = new Numbers() {
            private int scalar;

            @Override public byte roundtripU8(byte a) { check.received("u8 " + Byte.toUnsignedInt(a)); return a; }
            @Override public byte roundtripS8(byte a) { check.received("s8 " + a); return a; }
            @Override public short roundtripU16(short a) { check.received("u16 " + Short.toUnsignedInt(a)); return a; }
            @Override public short roundtripS16(short a) { check.received("s16 " + a); return a; }
            @Override public int roundtripU32(int a) { check.received("u32 " + Integer.toUnsignedString(a)); return a; }
            @Override public int roundtripS32(int a) { check.received("s32 " + a); return a; }
            @Override public long roundtripU64(long a) { check.received("u64 " + Long.toUnsignedString(a)); return a; }
            @Override public long roundtripS64(long a) { check.received("s64 " + a); return a; }
            @Override public float roundtripF32(float a) { check.received("f32 " + a); return a; }
            @Override public double roundtripF64(double a) { check.received("f64 " + a); return a; }
            @Override public int roundtripChar(int a) { check.received("char " + Integer.toHexString(a)); return a; }
            @Override public void setScalar(int a) { check.received("set " + Integer.toUnsignedString(a)); scalar = a; }
            @Override public int getScalar() { check.received("get"); return scalar; }
        };
        try (Runner r = Runner.builder().componentResource(NumbersRoundTrip.class, GuestCheck.component("numbers", "runner"))
                .numbers(host).build()) {
            check.ok("runner run()", r::run);
        }
        check.receivedExactly(java.util.List.of(
                "u8 1", "u8 0", "u8 255", "s8 1", "s8 -128", "s8 127", "s8 -1",
                "u16 1", "u16 0", "u16 65535", "s16 1", "s16 -32768", "s16 32767",
                "u32 1", "u32 0", "u32 4294967295", "s32 1", "s32 -2147483648", "s32 2147483647",
                "u64 1", "u64 0", "u64 18446744073709551615", "s64 1", "s64 -9223372036854775808", "s64 9223372036854775807",
                "f32 1.0", "f32 Infinity", "f32 -Infinity", "f32 -0.0", "f32 1.4E-45", "f32 NaN",
                "f64 1.0", "f64 Infinity", "f64 -Infinity", "f64 -0.0", "f64 4.9E-324", "f64 NaN",
                "char 61", "char 0", "char d7ff", "char e000", "char 1f600", "char 10ffff",
                "set 2", "get", "set 4294967295", "get"));
    }
}
