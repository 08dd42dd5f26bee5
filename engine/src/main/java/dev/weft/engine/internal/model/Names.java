package dev.weft.engine.internal.model;

import java.util.Map;

/**
 * Debug names from the {@code name} custom section, if present and well formed (a malformed name
 * section is ignored, as the spec allows).
 */
public record Names(String module, Map<Integer, String> functions, Map<Integer, Map<Integer, String>> locals) {
    public static final Names EMPTY = new Names(null, Map.of(), Map.of());

    public Names {
        functions = Map.copyOf(functions);
        locals = Map.copyOf(locals);
    }
}
