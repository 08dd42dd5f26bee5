package dev.weft.component.bindings;

import dev.weft.component.Val;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Conversions between the Java values of generated bindings and dynamic {@link Val}s, for the
 * structural WIT types (lists, maps, options, results, flags, enums). Unsigned integers keep their bits
 * in the same-width signed Java type.
 */
public final class Vals {
    private Vals() {}

    // ---- lowering: Java -> Val ----

    public static Val list(byte[] values, boolean unsigned) {
        List<Val> out = new ArrayList<>(values.length);
        for (byte v : values) out.add(unsigned ? new Val.U8(v) : new Val.S8(v));
        return new Val.ListVal(out);
    }

    public static Val list(short[] values, boolean unsigned) {
        List<Val> out = new ArrayList<>(values.length);
        for (short v : values) out.add(unsigned ? new Val.U16(v) : new Val.S16(v));
        return new Val.ListVal(out);
    }

    public static Val list(int[] values, boolean unsigned) {
        List<Val> out = new ArrayList<>(values.length);
        for (int v : values) out.add(unsigned ? new Val.U32(v) : new Val.S32(v));
        return new Val.ListVal(out);
    }

    public static Val list(long[] values, boolean unsigned) {
        List<Val> out = new ArrayList<>(values.length);
        for (long v : values) out.add(unsigned ? new Val.U64(v) : new Val.S64(v));
        return new Val.ListVal(out);
    }

    public static Val list(float[] values) {
        List<Val> out = new ArrayList<>(values.length);
        for (float v : values) out.add(new Val.F32(v));
        return new Val.ListVal(out);
    }

    public static Val list(double[] values) {
        List<Val> out = new ArrayList<>(values.length);
        for (double v : values) out.add(new Val.F64(v));
        return new Val.ListVal(out);
    }

    public static <T> Val list(List<T> values, Function<? super T, Val> element) {
        List<Val> out = new ArrayList<>(values.size());
        for (T v : values) out.add(element.apply(v));
        return new Val.ListVal(out);
    }

    /** A map, entries in the map's iteration order. */
    public static <K, V> Val map(Map<K, V> value, Function<? super K, Val> key, Function<? super V, Val> val) {
        List<Val.MapEntry> out = new ArrayList<>(value.size());
        for (Map.Entry<K, V> e : value.entrySet()) out.add(new Val.MapEntry(key.apply(e.getKey()), val.apply(e.getValue())));
        return new Val.MapVal(out);
    }

    public static <T> Val option(Optional<T> value, Function<? super T, Val> some) {
        return new Val.OptionVal(value.map(some).orElse(null));
    }

    /** A nested result; a side without WIT type is given a null function. */
    public static <T, E> Val result(Result<T, E> value, Function<? super T, Val> ok, Function<? super E, Val> err) {
        return switch (value) {
            case Result.Ok<T, E> o -> new Val.ResultVal(true, ok == null ? null : ok.apply(o.value()));
            case Result.Err<T, E> e -> new Val.ResultVal(false, err == null ? null : err.apply(e.error()));
        };
    }

    /** An enum case; {@code witNames} are the WIT case names in declaration (ordinal) order. */
    public static Val enumCase(Enum<?> value, List<String> witNames) {
        return new Val.EnumVal(witNames.get(value.ordinal()));
    }

    /** A flags value; {@code witNames} are the WIT flag names in declaration (ordinal) order. */
    public static Val flags(Set<? extends Enum<?>> value, List<String> witNames) {
        Set<String> on = new HashSet<>();
        for (Enum<?> flag : value) on.add(witNames.get(flag.ordinal()));
        return new Val.FlagsVal(on);
    }

    // ---- lifting: Val -> Java ----

    public static byte[] bytes(Val list) {
        List<Val> in = elements(list);
        byte[] out = new byte[in.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = in.get(i) instanceof Val.U8(byte b) ? b : ((Val.S8) in.get(i)).value();
        }
        return out;
    }

    public static short[] shorts(Val list) {
        List<Val> in = elements(list);
        short[] out = new short[in.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = in.get(i) instanceof Val.U16(short s) ? s : ((Val.S16) in.get(i)).value();
        }
        return out;
    }

    public static int[] ints(Val list) {
        List<Val> in = elements(list);
        int[] out = new int[in.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = in.get(i) instanceof Val.U32(int v) ? v : ((Val.S32) in.get(i)).value();
        }
        return out;
    }

    public static long[] longs(Val list) {
        List<Val> in = elements(list);
        long[] out = new long[in.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = in.get(i) instanceof Val.U64(long v) ? v : ((Val.S64) in.get(i)).value();
        }
        return out;
    }

    public static float[] floats(Val list) {
        List<Val> in = elements(list);
        float[] out = new float[in.size()];
        for (int i = 0; i < out.length; i++) out[i] = ((Val.F32) in.get(i)).value();
        return out;
    }

    public static double[] doubles(Val list) {
        List<Val> in = elements(list);
        double[] out = new double[in.size()];
        for (int i = 0; i < out.length; i++) out[i] = ((Val.F64) in.get(i)).value();
        return out;
    }

    public static <T> List<T> list(Val list, Function<Val, ? extends T> element) {
        List<Val> in = elements(list);
        List<T> out = new ArrayList<>(in.size());
        for (Val v : in) out.add(element.apply(v));
        return Collections.unmodifiableList(out);
    }

    /** An unmodifiable map in entry order; of entries with equal keys the last one stays. */
    public static <K, V> Map<K, V> map(Val map, Function<Val, ? extends K> key, Function<Val, ? extends V> val) {
        Map<K, V> out = new LinkedHashMap<>();
        for (Val.MapEntry e : ((Val.MapVal) map).entries()) out.put(key.apply(e.key()), val.apply(e.value()));
        return Collections.unmodifiableMap(out);
    }

    public static <T> Optional<T> option(Val option, Function<Val, ? extends T> some) {
        Val v = ((Val.OptionVal) option).value();
        return v == null ? Optional.empty() : Optional.of(some.apply(v));
    }

    /** A nested result; a side without WIT type is given a null function and yields a null payload. */
    public static <T, E> Result<T, E> result(Val result, Function<Val, ? extends T> ok, Function<Val, ? extends E> err) {
        Val.ResultVal r = (Val.ResultVal) result;
        if (r.isOk()) return Result.ok(ok == null ? null : ok.apply(r.payload()));
        return Result.err(err == null ? null : err.apply(r.payload()));
    }

    /** The Java constant of an enum case; {@code constants} are in WIT declaration order. */
    public static <E extends Enum<E>> E enumCase(Val value, E[] constants, List<String> witNames) {
        return constants[witNames.indexOf(((Val.EnumVal) value).caseName())];
    }

    /** The Java set of a flags value; {@code constants} are in WIT declaration order. */
    public static <E extends Enum<E>> EnumSet<E> flags(Val value, Class<E> type, List<String> witNames) {
        EnumSet<E> out = EnumSet.noneOf(type);
        E[] constants = type.getEnumConstants();
        for (String name : ((Val.FlagsVal) value).flags()) out.add(constants[witNames.indexOf(name)]);
        return out;
    }

    private static List<Val> elements(Val list) { return ((Val.ListVal) list).elements(); }
}
