package dev.weft.engine;

import java.util.List;

/**
 * A function signature.
 * <pre>{@code
 * FuncType add = FuncType.of(List.of(ValueType.I32, ValueType.I32), List.of(ValueType.I32));
 * }</pre>
 */
public record FuncType(List<ValueType> params, List<ValueType> results) implements ExternType {
    public FuncType {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    public static FuncType of(List<ValueType> params, List<ValueType> results) {
        return new FuncType(params, results);
    }

    @Override
    public String toString() { return "(func " + params + " -> " + results + ")"; }
}
