package dev.weft.engine.internal.text.wast;

import java.util.List;

/** An action on a module instance; {@code module} is the instance name without '$', or null for the latest. */
public sealed interface WastAction {
    String module();

    String name();

    /** Calls an exported function. */
    record Invoke(String module, String name, List<WastValue> args) implements WastAction {}

    /** Reads an exported global. */
    record Get(String module, String name) implements WastAction {}
}
