package dev.weft.component.wit;

/**
 * How a world names one of its imports or exports: by a plain kebab name ({@code import x: func();},
 * {@code import x: interface {…}}, {@code import x: some-iface;}, types) or by the interface itself
 * ({@code import ns:pkg/iface;}, {@code import iface;}).
 */
public sealed interface WorldKey {
    /** The name the component uses for this import or export. */
    String externalName();

    record Name(String name) implements WorldKey {
        @Override
        public String externalName() { return name; }
    }

    record Interface(WitInterface iface) implements WorldKey {
        @Override
        public String externalName() { return iface.qualifiedName(); }
    }
}
