package dev.weft.bindgen.internal;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.weft.bindgen.BindgenException;
import dev.weft.component.wit.TypeDef;
import dev.weft.component.wit.WitType;
import java.util.List;

/**
 * The Java type of each WIT type, and the expressions that convert a Java value to a dynamic
 * {@code Val} (lower) and back (lift). Lift expressions may refer to {@code _inst}, the component
 * instance the value comes from (needed to wrap resource handles).
 */
final class TypeMapper {
    static final ClassName VAL = ClassName.get("dev.weft.component", "Val");
    static final ClassName TYPE = ClassName.get("dev.weft.component", "Type");
    static final ClassName RESOURCE = ClassName.get("dev.weft.component", "Resource");
    static final ClassName INSTANCE = ClassName.get("dev.weft.component", "ComponentInstance");
    static final ClassName RESOURCE_TYPE = ClassName.get("dev.weft.component", "ResourceType");
    static final ClassName VALS = ClassName.get("dev.weft.component.bindings", "Vals");
    static final ClassName RESULT = ClassName.get("dev.weft.component.bindings", "Result");
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
    static final ClassName ENUM_SET = ClassName.get("java.util", "EnumSet");
    static final ClassName MAP = ClassName.get("java.util", "Map");
    private static final int MAX_TUPLE = 6;

    private final Context cx;
    /** The expression lifts use for the instance values come from ({@code null} inside host imports). */
    String liftInstance = "_inst";

    TypeMapper(Context cx) { this.cx = cx; }

    /** Follows aliases; a reference to a resource becomes an owned handle. */
    static WitType resolve(WitType t) {
        while (t instanceof WitType.Ref(TypeDef def)) {
            TypeDef d = def.unaliased();
            if (d.kind() instanceof TypeDef.Alias(WitType target)) {
                t = target;
            } else if (d.isResource()) {
                return new WitType.HandleType(d, false);
            } else {
                return new WitType.Ref(d);
            }
        }
        return t;
    }

    static boolean isUnsigned(WitType t) {
        return resolve(t) instanceof WitType.Primitive p
                && (p == WitType.Primitive.U8 || p == WitType.Primitive.U16 || p == WitType.Primitive.U32
                    || p == WitType.Primitive.U64);
    }

    TypeName javaType(WitType type) {
        WitType t = resolve(type);
        return switch (t) {
            case WitType.Primitive p -> switch (p) {
                case BOOL -> TypeName.BOOLEAN;
                case U8, S8 -> TypeName.BYTE;
                case U16, S16 -> TypeName.SHORT;
                case U32, S32, CHAR -> TypeName.INT;
                case U64, S64 -> TypeName.LONG;
                case F32 -> TypeName.FLOAT;
                case F64 -> TypeName.DOUBLE;
                case STRING -> ClassName.get(String.class);
                case ERROR_CONTEXT -> throw unsupported("error-context");
            };
            case WitType.Ref(TypeDef def) -> def.kind() instanceof TypeDef.Flags
                    ? ParameterizedTypeName.get(ENUM_SET, cx.classOf(def)) : cx.classOf(def);
            case WitType.HandleType h -> cx.classOf(h.resource());
            case WitType.ListType l -> {
                TypeName array = primitiveArray(l.element());
                yield array != null ? array : ParameterizedTypeName.get(LIST, boxed(l.element()));
            }
            case WitType.OptionType o -> ParameterizedTypeName.get(OPTIONAL, boxed(o.some()));
            case WitType.ResultType r -> ParameterizedTypeName.get(RESULT, boxedOrVoid(r.ok()), boxedOrVoid(r.err()));
            case WitType.TupleType tt -> {
                TypeName[] args = tt.elements().stream().map(this::boxed).toArray(TypeName[]::new);
                yield ParameterizedTypeName.get(tuple(tt), args);
            }
            case WitType.MapType m -> ParameterizedTypeName.get(MAP, boxed(m.key()), boxed(m.value()));
            case WitType.FutureType f -> throw unsupported("future");
            case WitType.StreamType s -> throw unsupported("stream");
        };
    }

    TypeName boxed(WitType t) { return javaType(t).box(); }

    TypeName boxedOrVoid(WitType t) { return t == null ? ClassName.get(Void.class) : boxed(t); }

    /** An expression of type {@code Val} for the Java value {@code expr}. */
    CodeBlock lower(WitType type, CodeBlock expr, int depth) {
        WitType t = resolve(type);
        String e = "_e" + depth;
        return switch (t) {
            case WitType.Primitive p -> CodeBlock.of("new $T.$L($L)", VAL, valCase(p), expr);
            case WitType.Ref(TypeDef def) -> CodeBlock.of("$T.lower$L($L)", cx.codecs, cx.classOf(def).simpleName(), expr);
            case WitType.HandleType h -> {
                String typeField = importedType(h.resource());
                yield typeField == null
                        ? CodeBlock.of("new $T.ResourceVal($L.$L())", VAL, expr, h.borrow() ? "borrow" : "transfer")
                        : CodeBlock.of("new $T.ResourceVal($T.$L($L, $L))", VAL, RESOURCE, h.borrow() ? "borrow" : "own", typeField, expr);
            }
            case WitType.ListType l -> {
                if (primitiveArray(l.element()) != null) {
                    WitType el = resolve(l.element());
                    yield el == WitType.Primitive.F32 || el == WitType.Primitive.F64
                            ? CodeBlock.of("$T.list($L)", VALS, expr)
                            : CodeBlock.of("$T.list($L, $L)", VALS, expr, isUnsigned(el));
                }
                yield CodeBlock.of("$T.list($L, $L -> $L)", VALS, expr, e, lower(l.element(), CodeBlock.of(e), depth + 1));
            }
            case WitType.OptionType o ->
                    CodeBlock.of("$T.option($L, $L -> $L)", VALS, expr, e, lower(o.some(), CodeBlock.of(e), depth + 1));
            case WitType.MapType m -> CodeBlock.of("$T.map($L, $L -> $L, $L -> $L)", VALS, expr, e, lower(m.key(), CodeBlock.of(e), depth + 1),
                    "_f" + depth, lower(m.value(), CodeBlock.of("_f" + depth), depth + 1));
            case WitType.ResultType r -> CodeBlock.of("$T.result($L, $L, $L)", VALS, expr,
                    r.ok() == null ? CodeBlock.of("null") : CodeBlock.of("$L -> $L", e, lower(r.ok(), CodeBlock.of(e), depth + 1)),
                    r.err() == null ? CodeBlock.of("null") : CodeBlock.of("$L -> $L", e, lower(r.err(), CodeBlock.of(e), depth + 1)));
            case WitType.TupleType tt -> {
                CodeBlock.Builder b = CodeBlock.builder().add("new $T.TupleVal($T.of(", VAL, LIST);
                for (int i = 0; i < tt.elements().size(); i++) {
                    if (i > 0) b.add(", ");
                    b.add(lower(tt.elements().get(i), CodeBlock.of("$L.v$L()", expr, i), depth));
                }
                yield b.add("))").build();
            }
            default -> { javaType(t); throw unsupported(t.toString()); }
        };
    }

    /** An expression of this type's Java type for the {@code Val} expression {@code val}. */
    CodeBlock lift(WitType type, CodeBlock val, int depth) {
        WitType t = resolve(type);
        String e = "_e" + depth;
        return switch (t) {
            case WitType.Primitive p -> CodeBlock.of("(($T.$L) $L).$L()", VAL, valCase(p), val,
                    p == WitType.Primitive.CHAR ? "codePoint" : "value");
            case WitType.Ref(TypeDef def) -> CodeBlock.of("$T.lift$L($L, $L)", cx.codecs, cx.classOf(def).simpleName(), val, liftInstance);
            case WitType.HandleType h -> importedType(h.resource()) == null
                    ? CodeBlock.of("new $T($L, ($T) (($T.ResourceVal) $L).handle())", cx.classOf(h.resource()), liftInstance, RESOURCE, VAL, val)
                    : CodeBlock.of("(($T) (($T) (($T.ResourceVal) $L).handle()).rep())", cx.classOf(h.resource()), RESOURCE, VAL, val);
            case WitType.ListType l -> {
                TypeName array = primitiveArray(l.element());
                if (array != null) {
                    String helper = switch (((ArrayTypeName) array).componentType().toString()) {
                        case "byte" -> "bytes";
                        case "short" -> "shorts";
                        case "int" -> "ints";
                        case "long" -> "longs";
                        case "float" -> "floats";
                        default -> "doubles";
                    };
                    yield CodeBlock.of("$T.$L($L)", VALS, helper, val);
                }
                yield CodeBlock.of("$T.list($L, $L -> $L)", VALS, val, e, lift(l.element(), CodeBlock.of(e), depth + 1));
            }
            case WitType.OptionType o ->
                    CodeBlock.of("$T.option($L, $L -> $L)", VALS, val, e, lift(o.some(), CodeBlock.of(e), depth + 1));
            case WitType.MapType m -> CodeBlock.of("$T.map($L, $L -> $L, $L -> $L)", VALS, val, e, lift(m.key(), CodeBlock.of(e), depth + 1),
                    "_f" + depth, lift(m.value(), CodeBlock.of("_f" + depth), depth + 1));
            case WitType.ResultType r -> CodeBlock.of("$T.result($L, $L, $L)", VALS, val,
                    r.ok() == null ? CodeBlock.of("null") : CodeBlock.of("$L -> $L", e, lift(r.ok(), CodeBlock.of(e), depth + 1)),
                    r.err() == null ? CodeBlock.of("null") : CodeBlock.of("$L -> $L", e, lift(r.err(), CodeBlock.of(e), depth + 1)));
            case WitType.TupleType tt -> {
                CodeBlock.Builder b = CodeBlock.builder().add("new $T<>(", tuple(tt));
                for (int i = 0; i < tt.elements().size(); i++) {
                    if (i > 0) b.add(", ");
                    b.add(lift(tt.elements().get(i), CodeBlock.of("(($T.TupleVal) $L).elements().get($L)", VAL, val, i), depth));
                }
                yield b.add(")").build();
            }
            default -> { javaType(t); throw unsupported(t.toString()); }
        };
    }

    /** An expression of type {@code dev.weft.component.Type} describing the type (not for resources). */
    CodeBlock descriptor(WitType type) {
        WitType t = resolve(type);
        return switch (t) {
            case WitType.Primitive p -> CodeBlock.of("$T.Primitive.$L", TYPE, p.name());
            case WitType.Ref(TypeDef def) -> {
                if (containsExportedHandle(t)) {
                    throw new BindgenException("type `" + def.name() + "` holds handles of a resource the component exports"
                            + " and is used by an import implemented in Java: not supported yet");
                }
                yield CodeBlock.of("$T.$L()", cx.codecs, descriptorMethod(cx.classOf(def)));
            }
            case WitType.HandleType h -> {
                String typeField = importedType(h.resource());
                if (typeField == null) {
                    throw new BindgenException("resource `" + h.resource().name() + "` is exported by the component and"
                            + " cannot cross an import implemented in Java yet");
                }
                yield CodeBlock.of("new $T.$L($L)", TYPE, h.borrow() ? "Borrow" : "Own", typeField);
            }
            case WitType.ListType l -> CodeBlock.of("new $T.ListType($L, $L)", TYPE, descriptor(l.element()), l.length());
            case WitType.OptionType o -> CodeBlock.of("new $T.OptionType($L)", TYPE, descriptor(o.some()));
            case WitType.MapType m -> CodeBlock.of("new $T.MapType($L, $L)", TYPE, descriptor(m.key()), descriptor(m.value()));
            case WitType.ResultType r -> CodeBlock.of("new $T.ResultType($L, $L)", TYPE,
                    r.ok() == null ? CodeBlock.of("null") : descriptor(r.ok()),
                    r.err() == null ? CodeBlock.of("null") : descriptor(r.err()));
            case WitType.TupleType tt -> {
                CodeBlock.Builder b = CodeBlock.builder().add("new $T.TupleType($T.of(", TYPE, LIST);
                for (int i = 0; i < tt.elements().size(); i++) {
                    if (i > 0) b.add(", ");
                    b.add(descriptor(tt.elements().get(i)));
                }
                yield b.add("))").build();
            }
            default -> { javaType(t); throw unsupported(t.toString()); }
        };
    }

    /** The codecs method that builds a named type's descriptor (methods, so definition order does not matter). */
    static String descriptorMethod(ClassName c) { return "typeOf" + c.simpleName(); }

    /**
     * The expression for an imported (host-implemented) resource's ResourceType, a constant of the
     * codecs class, or null for resources the component exports.
     */
    String importedType(TypeDef resource) {
        String field = cx.importedResources.get(resource.unaliased());
        return field == null ? null : cx.codecs.simpleName() + "." + field;
    }

    /** True when values of this type hold handles of resources the component exports (no host descriptor exists). */
    boolean containsExportedHandle(WitType type) {
        return containsHandle(type, d -> !cx.importedResources.containsKey(d));
    }

    /** True when values of this type contain resource handles (so no host-side type descriptor exists). */
    static boolean containsResource(WitType type) { return containsHandle(type, d -> true); }

    /** True when values of this type contain handles of a resource {@code which} accepts. */
    static boolean containsHandle(WitType type, java.util.function.Predicate<TypeDef> which) {
        WitType t = resolve(type);
        return switch (t) {
            case WitType.HandleType h -> which.test(h.resource().unaliased());
            case WitType.Ref(TypeDef def) -> switch (def.kind()) {
                case TypeDef.Record r -> r.fields().stream().anyMatch(f -> containsHandle(f.type(), which));
                case TypeDef.Variant v -> v.cases().stream().anyMatch(c -> c.type() != null && containsHandle(c.type(), which));
                default -> false;
            };
            case WitType.ListType l -> containsHandle(l.element(), which);
            case WitType.OptionType o -> containsHandle(o.some(), which);
            case WitType.MapType m -> containsHandle(m.key(), which) || containsHandle(m.value(), which);
            case WitType.ResultType r -> (r.ok() != null && containsHandle(r.ok(), which))
                    || (r.err() != null && containsHandle(r.err(), which));
            case WitType.TupleType tt -> tt.elements().stream().anyMatch(e -> containsHandle(e, which));
            default -> false;
        };
    }

    private static TypeName primitiveArray(WitType element) {
        if (!(resolve(element) instanceof WitType.Primitive p)) return null;
        return switch (p) {
            case U8, S8 -> ArrayTypeName.of(TypeName.BYTE);
            case U16, S16 -> ArrayTypeName.of(TypeName.SHORT);
            case U32, S32 -> ArrayTypeName.of(TypeName.INT);
            case U64, S64 -> ArrayTypeName.of(TypeName.LONG);
            case F32 -> ArrayTypeName.of(TypeName.FLOAT);
            case F64 -> ArrayTypeName.of(TypeName.DOUBLE);
            default -> null;
        };
    }

    private static ClassName tuple(WitType.TupleType t) {
        int n = t.elements().size();
        if (n < 1 || n > MAX_TUPLE) throw new BindgenException("tuples of " + n + " elements are not supported (1.." + MAX_TUPLE + ")");
        return ClassName.get("dev.weft.component.bindings", "Tuple" + n);
    }

    private static String valCase(WitType.Primitive p) {
        return switch (p) {
            case BOOL -> "Bool";
            case CHAR -> "Char";
            case STRING -> "Str";
            case ERROR_CONTEXT -> throw unsupported("error-context");
            default -> p.name();
        };
    }

    private static BindgenException unsupported(String what) {
        return new BindgenException("WIT type " + what + " is not supported by the Java bindings yet");
    }

    static List<String> witNames(TypeDef def) {
        return switch (def.kind()) {
            case TypeDef.Enum en -> en.cases();
            case TypeDef.Flags f -> f.flags();
            default -> List.of();
        };
    }
}
