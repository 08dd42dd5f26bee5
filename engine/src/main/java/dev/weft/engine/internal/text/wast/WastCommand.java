package dev.weft.engine.internal.text.wast;

import java.util.List;

/** One command of a {@code .wast} script, with the line it starts on. Names are given without '$'. */
public sealed interface WastCommand {
    int line();

    /**
     * Defines a module or component (see {@link ModuleSource#kind()}) and, unless
     * {@code definition}, instantiates it under the same name.
     */
    record Module(int line, String name, boolean definition, ModuleSource source) implements WastCommand {}

    /**
     * {@code (module instance $i $m)} or {@code (component instance $i $c)}: instantiates the
     * definition named {@code module} as {@code instance}.
     */
    record ModuleInstance(int line, String instance, String module, ModuleSource.Kind kind) implements WastCommand {
        public ModuleInstance(int line, String instance, String module) {
            this(line, instance, module, ModuleSource.Kind.MODULE);
        }
    }

    /** {@code (register "as" $m?)}: makes an instance's exports importable under {@code as}. */
    record Register(int line, String as, String module) implements WastCommand {}

    /** A bare action whose results are ignored. */
    record Action(int line, WastAction action) implements WastCommand {}

    /**
     * The action must return the expected results: core patterns in {@code expected}, or for a
     * component invoke exact component values in {@code componentExpected} (null for core).
     */
    record AssertReturn(int line, WastAction action, List<WastExpected> expected,
            List<WastComponentValue> componentExpected) implements WastCommand {
        public AssertReturn(int line, WastAction action, List<WastExpected> expected) {
            this(line, action, expected, null);
        }
    }

    record AssertTrap(int line, WastAction action, String message) implements WastCommand {}

    record AssertExhaustion(int line, WastAction action, String message) implements WastCommand {}

    /** The action must throw a Wasm exception that escapes. */
    record AssertException(int line, WastAction action) implements WastCommand {}

    record AssertMalformed(int line, ModuleSource module, String message) implements WastCommand {}

    record AssertInvalid(int line, ModuleSource module, String message) implements WastCommand {}

    record AssertUnlinkable(int line, ModuleSource module, String message) implements WastCommand {}

    /** {@code assert_trap} on a module: instantiation (e.g. the start function) must trap. */
    record AssertUninstantiable(int line, ModuleSource module, String message) implements WastCommand {}
}
