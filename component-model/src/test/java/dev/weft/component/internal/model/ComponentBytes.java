package dev.weft.component.internal.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Test-only builder of component binaries: sections are appended with their id and the item bytes
 * ({@link #vec} prefixes a count), and {@link #bytes} adds the preamble. Small helpers encode LEB128
 * numbers, names and the common encodings.
 */
public final class ComponentBytes {
    public static final int CUSTOM = 0, CORE_MODULE = 1, CORE_INSTANCE = 2, CORE_TYPE = 3, COMPONENT = 4, INSTANCE = 5,
            ALIAS = 6, TYPE = 7, CANON = 8, START = 9, IMPORT = 10, EXPORT = 11, VALUE = 12;

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    public static ComponentBytes component() { return new ComponentBytes(); }

    /** Appends a section with raw contents. */
    public ComponentBytes section(int id, byte[] contents) {
        body.write(id);
        body.writeBytes(u32(contents.length));
        body.writeBytes(contents);
        return this;
    }

    /** Appends a section holding a vector of the given items. */
    public ComponentBytes vecSection(int id, byte[]... items) { return section(id, vec(items)); }

    /** The complete binary: preamble and sections. */
    public byte[] bytes() { return cat(preamble(), body.toByteArray()); }

    public static byte[] preamble() { return b(0, 'a', 's', 'm', 0x0d, 0, 1, 0); }

    public static byte[] b(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) out[i] = (byte) values[i];
        return out;
    }

    public static byte[] cat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    public static byte[] u32(long v) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        do {
            int byt = (int) (v & 0x7f);
            v >>>= 7;
            out.write(v != 0 ? byt | 0x80 : byt);
        } while (v != 0);
        return out.toByteArray();
    }

    /** A non-negative value as a signed LEB128 (how {@code valtype} encodes type indices). */
    public static byte[] s33(long v) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            int byt = (int) (v & 0x7f);
            v >>= 7;
            if (v == 0 && (byt & 0x40) == 0) {
                out.write(byt);
                return out.toByteArray();
            }
            out.write(byt | 0x80);
        }
    }

    public static byte[] name(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        return cat(u32(utf8.length), utf8);
    }

    public static byte[] vec(byte[]... items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(u32(items.length));
        for (byte[] i : items) out.writeBytes(i);
        return out.toByteArray();
    }

    /** A plain extern name ({@code nameattributes} 0x00). */
    public static byte[] externName(String s) { return cat(b(0x00), name(s)); }

    /** {@code (func (param l t)* (result r)?)} with primitive/indexed valtype bytes. */
    public static byte[] funcType(byte[][] params, byte[] result) {
        byte[][] ps = new byte[params.length / 2][];
        for (int i = 0; i < params.length / 2; i++) ps[i] = cat(params[2 * i], params[2 * i + 1]);
        return cat(b(0x40), vec(ps), result == null ? b(0x01, 0x00) : cat(b(0x00), result));
    }

    /** A labeled pair for {@link #funcType}: label bytes then type bytes. */
    public static byte[][] params(Object... labelsAndTypes) {
        byte[][] out = new byte[labelsAndTypes.length][];
        for (int i = 0; i < labelsAndTypes.length; i++) {
            out[i] = labelsAndTypes[i] instanceof String s ? name(s) : (byte[]) labelsAndTypes[i];
        }
        return out;
    }

    /** A core module with one function {@code f} of type {@code [i32 x params] -> [i32 x results]} exported as "f". */
    public static byte[] coreModuleExportingFunc(int params, int results) {
        byte[] ps = new byte[params];
        java.util.Arrays.fill(ps, (byte) 0x7f);
        byte[] rs = new byte[results];
        java.util.Arrays.fill(rs, (byte) 0x7f);
        byte[] type = cat(b(0x60), u32(params), ps, u32(results), rs);
        byte[] body = results == 0 ? b(0x00, 0x0b) : b(0x00, 0x00, 0x0b); // no locals; (unreachable) when results
        byte[] typeSec = cat(b(0x01), u32(type.length + 1), b(1), type);
        byte[] funcSec = b(0x03, 2, 1, 0);
        byte[] exportSec = cat(b(0x07), u32(5), b(1), name("f"), b(0x00, 0x00));
        byte[] fullBody = cat(u32(body.length), body);
        byte[] codeSec = cat(b(0x0a), u32(fullBody.length + 1), b(1), fullBody);
        return cat(b(0, 'a', 's', 'm', 1, 0, 0, 0), typeSec, funcSec, exportSec, codeSec);
    }

    /** A core module exporting a 1-page memory "mem" and a realloc "realloc" of the canonical signature. */
    public static byte[] coreModuleWithMemoryAndRealloc() {
        byte[] type = b(0x60, 4, 0x7f, 0x7f, 0x7f, 0x7f, 1, 0x7f);
        byte[] typeSec = cat(b(0x01), u32(type.length + 1), b(1), type);
        byte[] funcSec = b(0x03, 2, 1, 0);
        byte[] memSec = b(0x05, 3, 1, 0, 1);
        byte[] exports = cat(b(2), name("mem"), b(0x02, 0), name("realloc"), b(0x00, 0));
        byte[] exportSec = cat(b(0x07), u32(exports.length), exports);
        byte[] body = b(0x00, 0x00, 0x0b);
        byte[] fullBody = cat(u32(body.length), body);
        byte[] codeSec = cat(b(0x0a), u32(fullBody.length + 1), b(1), fullBody);
        return cat(b(0, 'a', 's', 'm', 1, 0, 0, 0), typeSec, funcSec, memSec, exportSec, codeSec);
    }
}
