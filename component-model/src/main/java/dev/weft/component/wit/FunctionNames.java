package dev.weft.component.wit;

/** The {@code [constructor]r}, {@code [method]r.m} and {@code [static]r.s} naming of resource functions. */
final class FunctionNames {
    private FunctionNames() {}

    /** The kind a function name announces, or null for an unknown {@code […]} annotation. */
    static WitFunction.Kind kind(String name) {
        if (!name.startsWith("[")) return WitFunction.Kind.FREESTANDING;
        if (name.startsWith("[constructor]")) return WitFunction.Kind.CONSTRUCTOR;
        if (name.startsWith("[method]")) return WitFunction.Kind.METHOD;
        if (name.startsWith("[static]")) return WitFunction.Kind.STATIC;
        return null;
    }

    /** The resource a resource function's name mentions (empty when the name is malformed). */
    static String resource(String name) {
        String rest = name.substring(name.indexOf(']') + 1);
        if (name.startsWith("[constructor]")) return rest;
        int dot = rest.indexOf('.');
        return dot < 0 ? "" : rest.substring(0, dot);
    }
}
