package dev.weft.component.wit;

import java.util.List;

/**
 * A WIT function. Resource functions carry their desugared names ({@code [method]r.m},
 * {@code [static]r.s}, {@code [constructor]r}); a method's first parameter is {@code self: borrow<r>}
 * and a constructor's result is the resource (or the declared {@code result<r, e>}).
 *
 * @param resource the resource a method, static function or constructor belongs to; null otherwise
 * @param result   the result type, or null when the function returns nothing
 * @param docs     doc comments, or null
 */
public record WitFunction(String name, Kind kind, TypeDef resource, boolean isAsync, List<Param> params,
                          WitType result, String docs, Stability stability) {
    public enum Kind { FREESTANDING, METHOD, STATIC, CONSTRUCTOR }

    public record Param(String name, WitType type) {}

    /** The name as written in the source: the part after {@code .} for methods and statics. */
    public String itemName() {
        return switch (kind) {
            case FREESTANDING -> name;
            case CONSTRUCTOR -> "constructor";
            case METHOD, STATIC -> name.substring(name.indexOf('.') + 1);
        };
    }
}
