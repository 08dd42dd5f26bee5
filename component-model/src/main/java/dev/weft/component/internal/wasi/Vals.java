package dev.weft.component.internal.wasi;

import dev.weft.component.Resource;
import dev.weft.component.ResourceType;
import dev.weft.component.Val;
import dev.weft.engine.TrapException;

import java.util.Arrays;
import java.util.List;

/** Building and reading the dynamic values WASI functions pass. */
final class Vals {
    private Vals() {}

    static final Val.ResultVal OK_EMPTY = new Val.ResultVal(true, null);

    static Val.ResultVal ok(Val v) { return new Val.ResultVal(true, v); }

    static Val.ResultVal err(Val v) { return new Val.ResultVal(false, v); }

    static Val u64(long v) { return new Val.U64(v); }

    static Val str(String s) { return new Val.Str(s); }

    static Val own(ResourceType type, Object rep) { return new Val.ResourceVal(Resource.own(type, rep)); }

    /** One shared value per byte, so byte lists cost no allocation per element. */
    private static final Val.U8[] U8S = new Val.U8[256];

    static {
        for (int i = 0; i < 256; i++) U8S[i] = new Val.U8((byte) i);
    }

    static Val bytes(byte[] b, int len) {
        Val[] l = new Val[len];
        for (int i = 0; i < len; i++) l[i] = U8S[b[i] & 0xff];
        return new Val.ListVal(Arrays.asList(l));
    }

    static Val bytes(byte[] b) { return bytes(b, b.length); }

    static byte[] bytesOf(Val v) {
        List<Val> l = ((Val.ListVal) v).elements();
        byte[] out = new byte[l.size()];
        for (int i = 0; i < out.length; i++) out[i] = ((Val.U8) l.get(i)).value();
        return out;
    }

    static long u64Of(Val v) { return ((Val.U64) v).value(); }

    static String strOf(Val v) { return ((Val.Str) v).value(); }

    /** The host object behind a handle argument. */
    static <T> T rep(Val v, Class<T> type) { return type.cast(((Resource) ((Val.ResourceVal) v).handle()).rep()); }

    /** A u64 length as an int count, capped at {@code max} (lengths beyond are never served at once). */
    static int cap(long len, int max) { return len < 0 || len > max ? max : (int) len; }

    static TrapException trap(String why) { return new TrapException(why); }
}
