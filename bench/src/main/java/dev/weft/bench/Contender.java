package dev.weft.bench;

import java.util.Arrays;
import java.util.Locale;

/** The engines compared side by side; the JMH parameter value is the lower-case name. */
public enum Contender {
    WEFT("Weft (interpreter)") {
        @Override
        KernelRunner load(byte[] wasm) {
            return new WeftRunner(wasm);
        }
    },
    ENDIVE("Endive 1.0.1 (interpreter)") {
        @Override
        KernelRunner load(byte[] wasm) {
            return new EndiveRunner(wasm);
        }
    };

    private final String label;

    Contender(String label) {
        this.label = label;
    }

    /** Decodes and instantiates a kernel module on this engine. */
    abstract KernelRunner load(byte[] wasm);

    /** How reports name this engine. */
    public String label() {
        return label;
    }

    /** The JMH parameter value for this engine. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The engine with the given {@link #id()}. */
    public static Contender byId(String id) {
        for (Contender c : values()) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown engine '" + id + "', expected one of "
                + Arrays.stream(values()).map(Contender::id).toList());
    }
}
