package dev.weft.component.internal.abi;

import dev.weft.component.Type;
import dev.weft.engine.FuncType;
import dev.weft.engine.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A component function's parameter and result types (names do not matter to the ABI), with the
 * core signature it gets under {@code canon lift} and {@code canon lower} (synchronous). Immutable;
 * whether params and results spill to memory is worked out once per pointer size.
 */
public final class FuncSignature {
    private final List<Type> params;
    private final List<Type> results;
    /** Flat counts for 32-bit and 64-bit memories, -1 until computed. */
    private final int[] flatParams = {-1, -1};
    private final int[] flatResults = {-1, -1};

    public FuncSignature(List<Type> params, List<Type> results) {
        this.params = List.copyOf(params);
        this.results = List.copyOf(results);
    }

    public List<Type> params() { return params; }

    public List<Type> results() { return results; }

    /** Flat parameter types before spilling. */
    public List<FlatType> flatParams(int ptrSize) { return Flattening.flattenAll(params, ptrSize); }

    /** Flat result types before spilling. */
    public List<FlatType> flatResults(int ptrSize) { return Flattening.flattenAll(results, ptrSize); }

    /** True if the parameters are passed in memory behind one pointer. */
    public boolean paramsSpilled(int ptrSize) {
        int i = ptrSize == 8 ? 1 : 0;
        if (flatParams[i] < 0) flatParams[i] = flatParams(ptrSize).size();
        return flatParams[i] > Flattening.MAX_FLAT_PARAMS;
    }

    /** True if the results are passed in memory (returned pointer under lift, out-pointer under lower). */
    public boolean resultsSpilled(int ptrSize) {
        int i = ptrSize == 8 ? 1 : 0;
        if (flatResults[i] < 0) flatResults[i] = flatResults(ptrSize).size();
        return flatResults[i] > Flattening.MAX_FLAT_RESULTS;
    }

    /**
     * The core type of the function {@code canon lift} wraps: spilled params become one pointer,
     * spilled results one returned pointer.
     */
    public FuncType liftCoreType(int ptrSize) {
        List<FlatType> ps = flatParams(ptrSize);
        List<FlatType> rs = flatResults(ptrSize);
        if (ps.size() > Flattening.MAX_FLAT_PARAMS) ps = List.of(FlatType.pointer(ptrSize));
        if (rs.size() > Flattening.MAX_FLAT_RESULTS) rs = List.of(FlatType.pointer(ptrSize));
        return FuncType.of(valueTypes(ps), valueTypes(rs));
    }

    /**
     * The core type of the function {@code canon lower} produces: spilled params become one
     * pointer, spilled results an extra out-pointer parameter and no results.
     */
    public FuncType lowerCoreType(int ptrSize) {
        List<FlatType> ps = new ArrayList<>(flatParams(ptrSize));
        List<FlatType> rs = flatResults(ptrSize);
        if (ps.size() > Flattening.MAX_FLAT_PARAMS) ps = new ArrayList<>(List.of(FlatType.pointer(ptrSize)));
        if (rs.size() > Flattening.MAX_FLAT_RESULTS) {
            ps.add(FlatType.pointer(ptrSize));
            rs = List.of();
        }
        return FuncType.of(valueTypes(ps), valueTypes(rs));
    }

    /**
     * The core type of an async {@code canon lift}: spilled params become one pointer; results are
     * delivered with {@code task.return}, so the core function returns nothing, or an i32 status
     * code when it has a callback.
     */
    public FuncType asyncLiftCoreType(int ptrSize, boolean callback) {
        List<FlatType> ps = flatParams(ptrSize);
        if (ps.size() > Flattening.MAX_FLAT_PARAMS) ps = List.of(FlatType.pointer(ptrSize));
        return FuncType.of(valueTypes(ps), callback ? List.of(ValueType.I32) : List.of());
    }

    /**
     * The core type of an async {@code canon lower}: more than {@link Flattening#MAX_FLAT_ASYNC_PARAMS}
     * flat params become one pointer, any results are written through an out-pointer, and the
     * function returns the i32 subtask status.
     */
    public FuncType asyncLowerCoreType(int ptrSize) {
        List<FlatType> ps = new ArrayList<>(flatParams(ptrSize));
        if (ps.size() > Flattening.MAX_FLAT_ASYNC_PARAMS) ps = new ArrayList<>(List.of(FlatType.pointer(ptrSize)));
        if (!flatResults(ptrSize).isEmpty()) ps.add(FlatType.pointer(ptrSize));
        return FuncType.of(valueTypes(ps), List.of(ValueType.I32));
    }

    private static List<ValueType> valueTypes(List<FlatType> flat) {
        List<ValueType> out = new ArrayList<>(flat.size());
        for (FlatType f : flat) out.add(f.valueType());
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FuncSignature f && f.params.equals(params) && f.results.equals(results);
    }

    @Override
    public int hashCode() { return Objects.hash(params, results); }

    @Override
    public String toString() { return "func" + params + " -> " + results; }
}
