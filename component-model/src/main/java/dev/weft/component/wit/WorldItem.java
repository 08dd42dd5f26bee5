package dev.weft.component.wit;

/** One import or export of a world. */
public sealed interface WorldItem {
    Stability stability();

    record InterfaceItem(WitInterface iface, Stability stability) implements WorldItem {}

    record FunctionItem(WitFunction function) implements WorldItem {
        @Override
        public Stability stability() { return function.stability(); }
    }

    /** A type a world imports (world-level type definitions and {@code use}d types). */
    record TypeItem(TypeDef type) implements WorldItem {
        @Override
        public Stability stability() { return type.stability(); }
    }
}
