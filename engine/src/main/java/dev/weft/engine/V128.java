package dev.weft.engine;

/**
 * A 128-bit vector value: {@code lo} holds bytes 0..7 (byte 0 in the low bits), {@code hi} bytes 8..15.
 * <pre>{@code
 * V128 v = new V128(0x0706050403020100L, 0x0f0e0d0c0b0a0908L);
 * }</pre>
 */
public record V128(long lo, long hi) {}
