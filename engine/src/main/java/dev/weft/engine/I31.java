package dev.weft.engine;

/**
 * A wasm {@code i31ref} value as seen from Java: a 31-bit integer, stored sign-extended.
 * Pass one to an {@code anyref}/{@code eqref}/{@code i31ref} parameter to create an i31 reference.
 * <pre>{@code
 * I31 i = I31.of(-5); // i.signed() == -5, i.unsigned() == 0x7ffffffb
 * }</pre>
 */
public record I31(int value) {
    public I31 {
        value = (value << 1) >> 1;
    }

    /** Keeps the low 31 bits of {@code bits}. */
    public static I31 of(int bits) { return new I31(bits); }

    public int signed() { return value; }

    public int unsigned() { return value & 0x7fff_ffff; }
}
