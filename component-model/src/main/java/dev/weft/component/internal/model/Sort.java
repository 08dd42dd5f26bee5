package dev.weft.component.internal.model;

/**
 * The kinds of index space a component has: eight core spaces (reached through {@code core:sort})
 * and five component-level ones. Each sort owns its own index space.
 */
public enum Sort {
    CORE_FUNC(true, "core func"), CORE_TABLE(true, "core table"), CORE_MEMORY(true, "core memory"),
    CORE_GLOBAL(true, "core global"), CORE_TAG(true, "core tag"), CORE_TYPE(true, "core type"),
    CORE_MODULE(true, "module"), CORE_INSTANCE(true, "core instance"),
    FUNC(false, "func"), VALUE(false, "value"), TYPE(false, "type"), COMPONENT(false, "component"),
    INSTANCE(false, "instance");

    private final boolean core;
    private final String description;

    Sort(boolean core, String description) {
        this.core = core;
        this.description = description;
    }

    public boolean isCore() { return core; }

    /** The name used in messages ("func", "core instance", "module", ...). */
    public String description() { return description; }

    /** The {@code core:sort} byte → sort, or null when the byte is not a core sort. */
    public static Sort ofCoreCode(int code) {
        return switch (code) {
            case 0x00 -> CORE_FUNC;
            case 0x01 -> CORE_TABLE;
            case 0x02 -> CORE_MEMORY;
            case 0x03 -> CORE_GLOBAL;
            case 0x04 -> CORE_TAG;
            case 0x10 -> CORE_TYPE;
            case 0x11 -> CORE_MODULE;
            case 0x12 -> CORE_INSTANCE;
            default -> null;
        };
    }

    /** The component {@code sort} byte (other than the 0x00 core prefix) → sort, or null. */
    public static Sort ofComponentCode(int code) {
        return switch (code) {
            case 0x01 -> FUNC;
            case 0x02 -> VALUE;
            case 0x03 -> TYPE;
            case 0x04 -> COMPONENT;
            case 0x05 -> INSTANCE;
            default -> null;
        };
    }
}
