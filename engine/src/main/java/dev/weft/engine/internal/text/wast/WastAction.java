package dev.weft.engine.internal.text.wast;

import java.util.List;

/** An action on a module instance; {@code module} is the instance name without '$', or null for the latest. */
public sealed interface WastAction {
    String module();

    String name();

    /**
     * Calls an exported function. A core invoke has {@code args} and a null {@code componentArgs};
     * an invoke on a component instance has {@code componentArgs} (and empty {@code args}).
     */
    record Invoke(String module, String name, List<WastValue> args, List<WastComponentValue> componentArgs)
            implements WastAction {
        public Invoke(String module, String name, List<WastValue> args) { this(module, name, args, null); }

        /** True if this calls a component instance's export. */
        public boolean isComponent() { return componentArgs != null; }
    }

    /** Reads an exported global. */
    record Get(String module, String name) implements WastAction {}
}
