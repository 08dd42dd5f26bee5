package dev.weft.component.internal.wasi;

import dev.weft.component.Resource;
import dev.weft.component.ResourceType;
import dev.weft.component.Val;
import dev.weft.engine.TrapException;

import java.util.ArrayList;
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

    static Val bytes(byte[] b, int len) {
        List<Val> l = new ArrayList<>(len);
        for (int i = 0; i < len; i++) l.add(new Val.U8(b[i]));
        return new Val.ListVal(l);
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
