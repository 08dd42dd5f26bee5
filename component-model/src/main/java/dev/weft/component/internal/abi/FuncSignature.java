package dev.weft.component.internal.abi;

import dev.weft.component.Type;
import dev.weft.engine.FuncType;
import dev.weft.engine.ValueType;
import java.util.ArrayList;
import java.util.List;

/**
 * A component function's parameter and result types (names do not matter to the ABI), with the
 * core signature it gets under {@code canon lift} and {@code canon lower} (synchronous).
 */
public record FuncSignature(List<Type> params, List<Type> results) {
    public FuncSignature {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    /** Flat parameter types before spilling. */
    public List<FlatType> flatParams(int ptrSize) { return Flattening.flattenAll(params, ptrSize); }

    /** Flat result types before spilling. */
    public List<FlatType> flatResults(int ptrSize) { return Flattening.flattenAll(results, ptrSize); }

    /** True if the parameters are passed in memory behind one pointer. */
    public boolean paramsSpilled(int ptrSize) { return flatParams(ptrSize).size() > Flattening.MAX_FLAT_PARAMS; }

    /** True if the results are passed in memory (returned pointer under lift, out-pointer under lower). */
    public boolean resultsSpilled(int ptrSize) { return flatResults(ptrSize).size() > Flattening.MAX_FLAT_RESULTS; }

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

    private static List<ValueType> valueTypes(List<FlatType> flat) {
        List<ValueType> out = new ArrayList<>(flat.size());
        for (FlatType f : flat) out.add(f.valueType());
        return out;
    }
}
