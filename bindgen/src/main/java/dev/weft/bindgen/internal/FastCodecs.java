package dev.weft.bindgen.internal;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.weft.component.ResourceType;
import dev.weft.component.Type;
import dev.weft.component.bindings.AbiLayout;
import dev.weft.component.wit.TypeDef;
import dev.weft.component.wit.WitType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import javax.lang.model.element.Modifier;

/**
 * The typed fast path's code: for each WIT type a value crosses, static methods of the codecs class
 * that move it between its Java type and the callee's core values and memory through
 * {@code Canon}, following the Canonical ABI layout ({@code AbiLayout}, the runtime's own rules).
 * Four operations, emitted on demand: {@code put} (store at an address), {@code get} (load),
 * {@code push} (lower to flat values) and {@code pull} (lift from flat values). Scalars, strings
 * and handles are written inline; other types get a method per operation.
 *
 * <p>Layouts are computed for 4-byte pointers: components can only give canonical options a 32-bit
 * memory (validation rejects 64-bit ones), and {@code Canon} refuses any other.
 */
final class FastCodecs {
    static final ClassName CANON = ClassName.get("dev.weft.component.bindings", "Canon");
    private static final ClassName RESULT = TypeMapper.RESULT;
    private static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
    private static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");
    private static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");
    /** Handles only need a layout here (an i32), so one stand-in resource type serves them all. */
    private static final ResourceType LAYOUT_ONLY = ResourceType.host("layout");

    private final Context cx;
    private final TypeMapper types;
    private final TypeSpec.Builder codecs;
    private final Map<String, String> methods = new HashMap<>();
    private final Map<TypeDef, Integer> ids = new IdentityHashMap<>();
    private int anonymous;

    FastCodecs(Context cx, TypeMapper types, TypeSpec.Builder codecs) {
        this.cx = cx;
        this.types = types;
        this.codecs = codecs;
    }

    /** True if values of {@code type} can take the typed path. */
    boolean supported(WitType type) {
        WitType t = TypeMapper.resolve(type);
        return switch (t) {
            case WitType.Primitive p -> p != WitType.Primitive.ERROR_CONTEXT;
            case WitType.Ref(TypeDef def) -> switch (def.kind()) {
                case TypeDef.Record r -> r.fields().stream().allMatch(f -> supported(f.type()));
                case TypeDef.Variant v -> v.cases().stream().allMatch(c -> c.type() == null || supported(c.type()));
                case TypeDef.Enum e -> true;
                case TypeDef.Flags f -> true;
                default -> false;
            };
            case WitType.HandleType h -> types.importedType(h.resource()) != null || cx.exportedIndex.containsKey(h.resource().unaliased());
            case WitType.ListType l -> !l.isFixed() && supported(l.element());
            case WitType.OptionType o -> supported(o.some());
            case WitType.MapType m -> supported(m.key()) && supported(m.value());
            case WitType.ResultType r -> (r.ok() == null || supported(r.ok())) && (r.err() == null || supported(r.err()));
            case WitType.TupleType tt -> tt.elements().stream().allMatch(this::supported);
            default -> false;
        };
    }

    // ---- layout (from the runtime's rules, on a component Type built from the WIT type) ----

    static Type abi(WitType type) {
        WitType t = TypeMapper.resolve(type);
        return switch (t) {
            case WitType.Primitive p -> Type.Primitive.valueOf(p.name());
            case WitType.Ref(TypeDef def) -> switch (def.kind()) {
                case TypeDef.Record r -> new Type.RecordType(r.fields().stream().map(f -> new Type.Field(f.name(), abi(f.type()))).toList());
                case TypeDef.Variant v -> new Type.VariantType(v.cases().stream()
                        .map(c -> new Type.Case(c.name(), c.type() == null ? null : abi(c.type()))).toList());
                case TypeDef.Enum e -> new Type.EnumType(e.cases());
                case TypeDef.Flags f -> new Type.FlagsType(f.flags());
                default -> throw new IllegalStateException(def.name());
            };
            case WitType.HandleType h -> h.borrow() ? new Type.Borrow(LAYOUT_ONLY) : new Type.Own(LAYOUT_ONLY);
            case WitType.ListType l -> new Type.ListType(abi(l.element()), l.isFixed() ? l.length() : -1);
            case WitType.OptionType o -> new Type.OptionType(abi(o.some()));
            case WitType.MapType m -> new Type.MapType(abi(m.key()), abi(m.value()));
            case WitType.ResultType r -> new Type.ResultType(r.ok() == null ? null : abi(r.ok()), r.err() == null ? null : abi(r.err()));
            case WitType.TupleType tt -> new Type.TupleType(tt.elements().stream().map(FastCodecs::abi).toList());
            default -> throw new IllegalStateException(t.toString());
        };
    }

    static long size(WitType t, int p) { return AbiLayout.size(abi(t), p); }

    static int align(WitType t, int p) { return AbiLayout.alignment(abi(t), p); }

    static int flatCount(WitType t, int p) { return AbiLayout.flat(abi(t), p).size(); }

    /** The joined payload slots of a variant-like type as {@code Canon.join} spells them. */
    private static String slots(WitType t, int p) {
        StringBuilder b = new StringBuilder();
        for (String f : AbiLayout.joinedPayload(abi(t), p)) {
            b.append(switch (f) {
                case "i32" -> 'i';
                case "i64" -> 'l';
                case "f32" -> 'f';
                default -> 'd';
            });
        }
        return b.toString();
    }

    /** The pointer size generated layouts assume. */
    static final int PTR = 4;

    static CodeBlock offset(CodeBlock at, long off) { return off == 0 ? at : CodeBlock.of("$L + $L", at, off); }

    // ---- the four operations ----

    /** Statements storing the Java value {@code v} at address {@code at}. */
    CodeBlock put(WitType type, CodeBlock at, CodeBlock v) {
        WitType t = TypeMapper.resolve(type);
        return switch (t) {
            case WitType.Primitive p -> CodeBlock.of("$L;\n", switch (p) {
                case BOOL -> CodeBlock.of("_c.put8($L, $L ? 1 : 0)", at, v);
                case S8, U8 -> CodeBlock.of("_c.put8($L, $L)", at, v);
                case S16, U16 -> CodeBlock.of("_c.put16($L, $L)", at, v);
                case S32, U32 -> CodeBlock.of("_c.put32($L, $L)", at, v);
                case CHAR -> CodeBlock.of("_c.put32($L, _c.scalar($L))", at, v);
                case S64, U64 -> CodeBlock.of("_c.put64($L, $L)", at, v);
                case F32 -> CodeBlock.of("_c.putF32($L, $L)", at, v);
                case F64 -> CodeBlock.of("_c.putF64($L, $L)", at, v);
                case STRING -> CodeBlock.of("_c.putString($L, $L)", at, v);
                case ERROR_CONTEXT -> throw new IllegalStateException();
            });
            case WitType.HandleType h -> CodeBlock.of("_c.put32($L, $L);\n", at, lowerHandle(h, v));
            default -> CodeBlock.of("$T.$L(_c, $L, $L);\n", cx.codecs, method("put", t), at, v);
        };
    }

    /** An expression loading a value of {@code type} from address {@code at}. */
    CodeBlock get(WitType type, CodeBlock at) {
        WitType t = TypeMapper.resolve(type);
        return switch (t) {
            case WitType.Primitive p -> switch (p) {
                case BOOL -> CodeBlock.of("_c.get8($L) != 0", at);
                case S8, U8 -> CodeBlock.of("_c.get8($L)", at);
                case S16, U16 -> CodeBlock.of("_c.get16($L)", at);
                case S32, U32 -> CodeBlock.of("_c.get32($L)", at);
                case CHAR -> CodeBlock.of("_c.codePoint(_c.get32($L))", at);
                case S64, U64 -> CodeBlock.of("_c.get64($L)", at);
                case F32 -> CodeBlock.of("_c.getF32($L)", at);
                case F64 -> CodeBlock.of("_c.getF64($L)", at);
                case STRING -> CodeBlock.of("_c.getString($L)", at);
                case ERROR_CONTEXT -> throw new IllegalStateException();
            };
            case WitType.HandleType h -> liftHandle(h, CodeBlock.of("_c.get32($L)", at));
            default -> CodeBlock.of("$T.$L(_c, $L)", cx.codecs, method("get", t), at);
        };
    }

    /** Statements pushing the flat values of the Java value {@code v}. */
    CodeBlock push(WitType type, CodeBlock v) {
        WitType t = TypeMapper.resolve(type);
        return switch (t) {
            case WitType.Primitive p -> CodeBlock.of("$L;\n", switch (p) {
                case BOOL -> CodeBlock.of("_c.i32($L ? 1 : 0)", v);
                case S8, S16, S32 -> CodeBlock.of("_c.i32($L)", v);
                case U8 -> CodeBlock.of("_c.i32($T.toUnsignedInt($L))", Byte.class, v);
                case U16 -> CodeBlock.of("_c.i32($T.toUnsignedInt($L))", Short.class, v);
                case U32 -> CodeBlock.of("_c.i32($L)", v);
                case CHAR -> CodeBlock.of("_c.i32(_c.scalar($L))", v);
                case S64, U64 -> CodeBlock.of("_c.i64($L)", v);
                case F32 -> CodeBlock.of("_c.f32($L)", v);
                case F64 -> CodeBlock.of("_c.f64($L)", v);
                case STRING -> CodeBlock.of("_c.string($L)", v);
                case ERROR_CONTEXT -> throw new IllegalStateException();
            });
            case WitType.HandleType h -> CodeBlock.of("_c.i32($L);\n", lowerHandle(h, v));
            default -> CodeBlock.of("$T.$L(_c, $L);\n", cx.codecs, method("push", t), v);
        };
    }

    /** An expression lifting a value of {@code type} from the next flat values. */
    CodeBlock pull(WitType type) {
        WitType t = TypeMapper.resolve(type);
        return switch (t) {
            case WitType.Primitive p -> switch (p) {
                case BOOL -> CodeBlock.of("_c.nextI32() != 0");
                case S8, U8 -> CodeBlock.of("(byte) _c.nextI32()");
                case S16, U16 -> CodeBlock.of("(short) _c.nextI32()");
                case S32, U32 -> CodeBlock.of("_c.nextI32()");
                case CHAR -> CodeBlock.of("_c.codePoint(_c.nextI32())");
                case S64, U64 -> CodeBlock.of("_c.nextI64()");
                case F32 -> CodeBlock.of("_c.nextF32()");
                case F64 -> CodeBlock.of("_c.nextF64()");
                case STRING -> CodeBlock.of("_c.nextString()");
                case ERROR_CONTEXT -> throw new IllegalStateException();
            };
            case WitType.HandleType h -> liftHandle(h, CodeBlock.of("_c.nextI32()"));
            default -> CodeBlock.of("$T.$L(_c)", cx.codecs, method("pull", t));
        };
    }

    // ---- handles ----

    private CodeBlock lowerHandle(WitType.HandleType h, CodeBlock v) {
        String imported = types.importedType(h.resource());
        if (imported != null) return CodeBlock.of("_c.$L($L, $L)", h.borrow() ? "borrow" : "own", imported, v);
        return CodeBlock.of("_c.$L($L.$L(), _c.exported($L))", h.borrow() ? "borrow" : "own", v,
                h.borrow() ? "borrow" : "transfer", cx.exportedIndex.get(h.resource().unaliased()));
    }

    private CodeBlock liftHandle(WitType.HandleType h, CodeBlock index) {
        ClassName java = cx.classOf(h.resource());
        String imported = types.importedType(h.resource());
        if (imported != null) return CodeBlock.of("($T) _c.$L($L, $L)", java, h.borrow() ? "lend" : "takeOwn", index, imported);
        return CodeBlock.of("new $T(_c.root(), _c.ownHandle($L, _c.exported($L)))", java, index,
                cx.exportedIndex.get(h.resource().unaliased()));
    }

    // ---- per-type methods ----

    /** The name of the codecs method doing {@code op} for {@code t}, emitted on first use. */
    private String method(String op, WitType t) {
        String key = op + ":" + key(t);
        String name = methods.get(key);
        if (name != null) return name;
        String base = t instanceof WitType.Ref(TypeDef def) ? cx.classOf(def).simpleName()
                : "_" + t.getClass().getSimpleName().replace("Type", "").toLowerCase() + (++anonymous);
        String existing = methods.get("base:" + key(t));
        if (existing != null) base = existing;
        methods.put("base:" + key(t), base);
        name = op + base;
        methods.put(key, name);
        TypeName java = types.javaType(t);
        MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.STATIC).addParameter(CANON, "_c");
        switch (op) {
            case "put" -> m.addParameter(TypeName.LONG, "_at").addParameter(java, "v").addCode(putBody(t, PTR));
            case "get" -> m.addParameter(TypeName.LONG, "_at").returns(java).addCode(getBody(t, PTR));
            case "push" -> m.addParameter(java, "v").addCode(pushBody(t, PTR));
            default -> m.returns(java).addCode(pullBody(t, PTR));
        }
        codecs.addMethod(m.build());
        return name;
    }

    private String key(WitType type) {
        WitType t = TypeMapper.resolve(type);
        return switch (t) {
            case WitType.Primitive p -> p.name();
            case WitType.Ref(TypeDef def) -> "#" + id(def);
            case WitType.HandleType h -> (h.borrow() ? "&" : "!") + id(h.resource().unaliased());
            case WitType.ListType l -> "list<" + key(l.element()) + ">";
            case WitType.OptionType o -> "option<" + key(o.some()) + ">";
            case WitType.MapType m -> "map<" + key(m.key()) + "," + key(m.value()) + ">";
            case WitType.ResultType r -> "result<" + (r.ok() == null ? "_" : key(r.ok())) + "," + (r.err() == null ? "_" : key(r.err())) + ">";
            case WitType.TupleType tt -> "tuple<" + String.join(",", tt.elements().stream().map(this::key).toList()) + ">";
            default -> throw new IllegalStateException(t.toString());
        };
    }

    private int id(TypeDef def) { return ids.computeIfAbsent(def.unaliased(), d -> ids.size()); }

    /** The parts of a record or tuple: types, Java accessors and offsets (for pointer size {@code p}). */
    private record Parts(List<WitType> types, List<String> accessors) {}

    private static Parts parts(WitType t) {
        if (t instanceof WitType.TupleType tt) {
            List<String> acc = new ArrayList<>();
            for (int i = 0; i < tt.elements().size(); i++) acc.add("v" + i);
            return new Parts(tt.elements(), acc);
        }
        TypeDef.Record r = (TypeDef.Record) ((WitType.Ref) t).def().kind();
        return new Parts(r.fields().stream().map(TypeDef.Field::type).toList(), TypeEmitter.fieldNames(r));
    }

    private static long[] offsets(List<WitType> parts, int p) {
        return AbiLayout.offsets(parts.stream().map(FastCodecs::abi).toList(), p);
    }

    /** The constructor call for a record or tuple from the part expressions. */
    private CodeBlock construct(WitType t, List<CodeBlock> parts) {
        CodeBlock.Builder b = CodeBlock.builder();
        if (t instanceof WitType.TupleType) b.add("new $T<>(", ((ParameterizedTypeName) types.javaType(t)).rawType());
        else b.add("new $T(", types.javaType(t));
        for (int i = 0; i < parts.size(); i++) b.add(i > 0 ? ", $L" : "$L", parts.get(i));
        return b.add(")").build();
    }

    /** A variant-like type's cases: payload types (null for none) and, for generated variants, case classes. */
    private record Cases(List<WitType> payloads, List<ClassName> classes) {}

    private Cases cases(WitType t) {
        return switch (t) {
            case WitType.Ref(TypeDef def) when def.kind() instanceof TypeDef.Variant v ->
                    new Cases(v.cases().stream().map(TypeDef.Case::type).toList(), TypeEmitter.caseClasses(cx.classOf(def), v));
            case WitType.OptionType o -> new Cases(java.util.Arrays.asList(null, o.some()), null);
            case WitType.ResultType r -> new Cases(java.util.Arrays.asList(r.ok(), r.err()), null);
            default -> null;
        };
    }

    private static CodeBlock readDiscriminant(int size, CodeBlock at) {
        return switch (size) {
            case 1 -> CodeBlock.of("_c.get8($L) & 0xFF", at);
            case 2 -> CodeBlock.of("_c.get16($L) & 0xFFFF", at);
            default -> CodeBlock.of("_c.get32($L)", at);
        };
    }

    private static String writer(int size) { return size == 1 ? "put8" : size == 2 ? "put16" : "put32"; }

    private CodeBlock putBody(WitType t, int p) {
        CodeBlock at = CodeBlock.of("_at");
        CodeBlock.Builder b = CodeBlock.builder();
        if (t instanceof WitType.TupleType || isKind(t, TypeDef.Record.class)) {
            Parts parts = parts(t);
            long[] off = offsets(parts.types(), p);
            for (int i = 0; i < off.length; i++) {
                b.add(put(parts.types().get(i), offset(at, off[i]), CodeBlock.of("v.$L()", parts.accessors().get(i))));
            }
            return b.build();
        }
        if (t instanceof WitType.MapType m) {
            b.add(storeEntries(m, p));
            return b.addStatement("_c.putPtr(_at, _p)").addStatement("_c.putPtr(_at + $L, v.size())", p).build();
        }
        if (t instanceof WitType.ListType l) {
            TypeName java = types.javaType(t);
            if (java instanceof ArrayTypeName a) {
                return b.addStatement("_c.putPtr(_at, _c.store$L(v))", arrayKind(a)).addStatement("_c.putPtr(_at + $L, v.length)", p).build();
            }
            b.add(storeElements(l, p));
            return b.addStatement("_c.putPtr(_at, _p)").addStatement("_c.putPtr(_at + $L, v.size())", p).build();
        }
        if (isKind(t, TypeDef.Enum.class)) {
            int n = ((TypeDef.Enum) def(t).kind()).cases().size();
            return b.addStatement("_c.$L(_at, v.ordinal())", writer(AbiLayout.discriminantSize(n))).build();
        }
        if (isKind(t, TypeDef.Flags.class)) {
            int n = ((TypeDef.Flags) def(t).kind()).flags().size();
            if (n == 0) return b.build();
            b.add(flagBits(t));
            return b.addStatement("_c.$L(_at, _b)", writer(AbiLayout.flagsSize(n))).build();
        }
        Cases cs = cases(t);
        int disc = AbiLayout.discriminantSize(cs.payloads().size());
        CodeBlock payloadAt = offset(at, AbiLayout.payloadOffset(abi(t), p));
        return caseSwitch(t, cs, (i, value) -> {
            CodeBlock.Builder c = CodeBlock.builder().addStatement("_c.$L(_at, $L)", writer(disc), i);
            if (cs.payloads().get(i) != null) c.add(put(cs.payloads().get(i), payloadAt, value));
            return c.build();
        });
    }

    private CodeBlock getBody(WitType t, int p) {
        CodeBlock at = CodeBlock.of("_at");
        CodeBlock.Builder b = CodeBlock.builder();
        if (t instanceof WitType.TupleType || isKind(t, TypeDef.Record.class)) {
            Parts parts = parts(t);
            long[] off = offsets(parts.types(), p);
            List<CodeBlock> values = new ArrayList<>();
            for (int i = 0; i < off.length; i++) values.add(get(parts.types().get(i), offset(at, off[i])));
            return b.addStatement("return $L", construct(t, values)).build();
        }
        if (t instanceof WitType.MapType m) {
            b.addStatement("long _p = _c.getPtr(_at)");
            b.addStatement("int _n = _c.checkList(_p, _c.getPtr(_at + $L), $L, $L)", p, size(entry(m), p), align(entry(m), p));
            return b.add(loadEntries(m, p)).build();
        }
        if (t instanceof WitType.ListType l) {
            TypeName java = types.javaType(t);
            if (java instanceof ArrayTypeName a) {
                return b.addStatement("return _c.load$L(_c.getPtr(_at), _c.getPtr(_at + $L))", arrayKind(a), p).build();
            }
            b.addStatement("long _p = _c.getPtr(_at)");
            b.addStatement("int _n = _c.checkList(_p, _c.getPtr(_at + $L), $L, $L)", p, size(l.element(), p), align(l.element(), p));
            return b.add(loadElements(l, p)).build();
        }
        if (isKind(t, TypeDef.Enum.class)) {
            int n = ((TypeDef.Enum) def(t).kind()).cases().size();
            return b.addStatement("return $T.values()[_c.discriminant($L, $L)]", cx.classOf(def(t)),
                    readDiscriminant(AbiLayout.discriminantSize(n), at), n).build();
        }
        if (isKind(t, TypeDef.Flags.class)) {
            int n = ((TypeDef.Flags) def(t).kind()).flags().size();
            return b.add(flagsFrom(t, n == 0 ? null : readDiscriminant(AbiLayout.flagsSize(n), at))).build();
        }
        Cases cs = cases(t);
        int n = cs.payloads().size();
        CodeBlock payloadAt = offset(at, AbiLayout.payloadOffset(abi(t), p));
        b.addStatement("int _d = _c.discriminant($L, $L)", readDiscriminant(AbiLayout.discriminantSize(n), at), n);
        return b.addStatement("return $L", caseValue(t, cs, i -> get(cs.payloads().get(i), payloadAt))).build();
    }

    private CodeBlock pushBody(WitType t, int p) {
        CodeBlock.Builder b = CodeBlock.builder();
        if (t instanceof WitType.TupleType || isKind(t, TypeDef.Record.class)) {
            Parts parts = parts(t);
            for (int i = 0; i < parts.types().size(); i++) {
                b.add(push(parts.types().get(i), CodeBlock.of("v.$L()", parts.accessors().get(i))));
            }
            return b.build();
        }
        if (t instanceof WitType.MapType m) {
            b.add(storeEntries(m, p));
            return b.addStatement("_c.ptr(_p)").addStatement("_c.ptr(v.size())").build();
        }
        if (t instanceof WitType.ListType l) {
            TypeName java = types.javaType(t);
            if (java instanceof ArrayTypeName a) {
                return b.addStatement("_c.ptr(_c.store$L(v))", arrayKind(a)).addStatement("_c.ptr(v.length)").build();
            }
            b.add(storeElements(l, p));
            return b.addStatement("_c.ptr(_p)").addStatement("_c.ptr(v.size())").build();
        }
        if (isKind(t, TypeDef.Enum.class)) return b.addStatement("_c.i32(v.ordinal())").build();
        if (isKind(t, TypeDef.Flags.class)) {
            if (((TypeDef.Flags) def(t).kind()).flags().isEmpty()) return b.build();
            return b.add(flagBits(t)).addStatement("_c.i32(_b)").build();
        }
        Cases cs = cases(t);
        String slots = slots(t, p);
        return caseSwitch(t, cs, (i, value) -> {
            CodeBlock.Builder c = CodeBlock.builder().addStatement("_c.i32($L)", i);
            if (slots.isEmpty()) return c.build();
            c.addStatement("_c.join($S)", slots);
            if (cs.payloads().get(i) != null) c.add(push(cs.payloads().get(i), value));
            return c.addStatement("_c.endJoin()").build();
        });
    }

    private CodeBlock pullBody(WitType t, int p) {
        CodeBlock.Builder b = CodeBlock.builder();
        if (t instanceof WitType.TupleType || isKind(t, TypeDef.Record.class)) {
            Parts parts = parts(t);
            List<CodeBlock> values = new ArrayList<>();
            for (WitType part : parts.types()) values.add(pull(part));
            return b.addStatement("return $L", construct(t, values)).build();
        }
        if (t instanceof WitType.MapType m) {
            b.addStatement("long _p = _c.nextPtr()");
            b.addStatement("int _n = _c.checkList(_p, _c.nextPtr(), $L, $L)", size(entry(m), p), align(entry(m), p));
            return b.add(loadEntries(m, p)).build();
        }
        if (t instanceof WitType.ListType l) {
            TypeName java = types.javaType(t);
            if (java instanceof ArrayTypeName a) return b.addStatement("return _c.load$L(_c.nextPtr(), _c.nextPtr())", arrayKind(a)).build();
            b.addStatement("long _p = _c.nextPtr()");
            b.addStatement("int _n = _c.checkList(_p, _c.nextPtr(), $L, $L)", size(l.element(), p), align(l.element(), p));
            return b.add(loadElements(l, p)).build();
        }
        if (isKind(t, TypeDef.Enum.class)) {
            int n = ((TypeDef.Enum) def(t).kind()).cases().size();
            return b.addStatement("return $T.values()[_c.discriminant(_c.nextI32(), $L)]", cx.classOf(def(t)), n).build();
        }
        if (isKind(t, TypeDef.Flags.class)) {
            boolean none = ((TypeDef.Flags) def(t).kind()).flags().isEmpty();
            return b.add(flagsFrom(t, none ? null : CodeBlock.of("_c.nextI32()"))).build();
        }
        Cases cs = cases(t);
        String slots = slots(t, p);
        b.addStatement("int _d = _c.discriminant(_c.nextI32(), $L)", cs.payloads().size());
        if (slots.isEmpty()) return b.addStatement("return $L", caseValue(t, cs, i -> null)).build();
        b.addStatement("_c.unjoin($S)", slots);
        b.addStatement("$T _r = $L", types.javaType(t), caseValue(t, cs, i -> pull(cs.payloads().get(i))));
        return b.addStatement("_c.endUnjoin()").addStatement("return _r").build();
    }

    /** Statements allocating a list's memory into {@code _p} and storing {@code v}'s elements there. */
    private CodeBlock storeElements(WitType.ListType l, int p) {
        long size = size(l.element(), p);
        return CodeBlock.builder()
                .addStatement("long _p = _c.allocList(v.size(), $L, $L)", size, align(l.element(), p))
                .addStatement("long _at2 = _p")
                .beginControlFlow("for ($T _e : v)", types.boxed(l.element()))
                .add(put(l.element(), CodeBlock.of("_at2"), CodeBlock.of("_e")))
                .addStatement("_at2 += $L", size)
                .endControlFlow().build();
    }

    /** A map's entries cross the ABI as a list of (key, value) tuples. */
    private static WitType.TupleType entry(WitType.MapType m) { return new WitType.TupleType(List.of(m.key(), m.value())); }

    /** Statements allocating a map's entry list into {@code _p} and storing {@code v}'s entries there, in iteration order. */
    private CodeBlock storeEntries(WitType.MapType m, int p) {
        WitType.TupleType entry = entry(m);
        long size = size(entry, p);
        long[] off = offsets(entry.elements(), p);
        return CodeBlock.builder()
                .addStatement("long _p = _c.allocList(v.size(), $L, $L)", size, align(entry, p))
                .addStatement("long _at2 = _p")
                .beginControlFlow("for ($T.Entry<$T, $T> _e : v.entrySet())", TypeMapper.MAP, types.boxed(m.key()), types.boxed(m.value()))
                .add(put(m.key(), offset(CodeBlock.of("_at2"), off[0]), CodeBlock.of("_e.getKey()")))
                .add(put(m.value(), offset(CodeBlock.of("_at2"), off[1]), CodeBlock.of("_e.getValue()")))
                .addStatement("_at2 += $L", size)
                .endControlFlow().build();
    }

    /** Statements loading {@code _n} entries from {@code _p} into an unmodifiable insertion-ordered map, returned. */
    private CodeBlock loadEntries(WitType.MapType m, int p) {
        WitType.TupleType entry = entry(m);
        long[] off = offsets(entry.elements(), p);
        TypeName k = types.boxed(m.key());
        TypeName v = types.boxed(m.value());
        return CodeBlock.builder()
                .addStatement("$T<$T, $T> _r = new $T<>()", TypeMapper.MAP, k, v, LINKED_HASH_MAP)
                .beginControlFlow("for (int _i = 0; _i < _n; _i++)")
                .addStatement("long _q = _p + (long) _i * $L", size(entry, p))
                .addStatement("_r.put($L, $L)", get(m.key(), offset(CodeBlock.of("_q"), off[0])), get(m.value(), offset(CodeBlock.of("_q"), off[1])))
                .endControlFlow()
                .addStatement("return $T.unmodifiableMap(_r)", COLLECTIONS).build();
    }

    /** Statements loading {@code _n} elements from {@code _p} into an unmodifiable list, returned. */
    private CodeBlock loadElements(WitType.ListType l, int p) {
        TypeName element = types.boxed(l.element());
        return CodeBlock.builder()
                .addStatement("$T<$T> _r = new $T<>(_n)", TypeMapper.LIST, element, ARRAY_LIST)
                .beginControlFlow("for (int _i = 0; _i < _n; _i++)")
                .addStatement("_r.add($L)", get(l.element(), CodeBlock.of("_p + (long) _i * $L", size(l.element(), p))))
                .endControlFlow()
                .addStatement("return $T.unmodifiableList(_r)", COLLECTIONS).build();
    }

    private CodeBlock flagBits(WitType t) {
        return CodeBlock.builder().addStatement("int _b = 0")
                .addStatement("for ($T _f : v) _b |= 1 << _f.ordinal()", cx.classOf(def(t))).build();
    }

    /** Statements returning the flags set whose bits {@code bits} gives (null: a flags type without labels). */
    private CodeBlock flagsFrom(WitType t, CodeBlock bits) {
        ClassName flag = cx.classOf(def(t));
        CodeBlock.Builder b = CodeBlock.builder().addStatement("$T<$T> _r = $T.noneOf($T.class)", TypeMapper.ENUM_SET, flag,
                TypeMapper.ENUM_SET, flag);
        if (bits != null) {
            b.addStatement("int _b = $L", bits);
            b.addStatement("for ($T _f : $T.values()) if ((_b >>> _f.ordinal() & 1) != 0) _r.add(_f)", flag, flag);
        }
        return b.addStatement("return _r").build();
    }

    /** How one case is written, given its index and the Java expression of its payload. */
    private interface CaseCode {
        CodeBlock of(int index, CodeBlock payload);
    }

    /** Statements dispatching on the Java value {@code v} of a variant, option or result. */
    private CodeBlock caseSwitch(WitType t, Cases cs, CaseCode code) {
        CodeBlock.Builder b = CodeBlock.builder();
        switch (t) {
            case WitType.OptionType o -> b.beginControlFlow("if (v.isPresent())").add(code.of(1, CodeBlock.of("v.get()")))
                    .nextControlFlow("else").add(code.of(0, null)).endControlFlow();
            case WitType.ResultType r -> {
                TypeName ok = types.boxedOrVoid(r.ok());
                TypeName err = types.boxedOrVoid(r.err());
                b.beginControlFlow("if (v instanceof $T.Ok<$T, $T> _o)", RESULT, ok, err).add(code.of(0, CodeBlock.of("_o.value()")))
                        .nextControlFlow("else if (v instanceof $T.Err<$T, $T> _x)", RESULT, ok, err)
                        .add(code.of(1, CodeBlock.of("_x.error()"))).endControlFlow();
            }
            default -> {
                b.beginControlFlow("switch (v)");
                for (int i = 0; i < cs.classes().size(); i++) {
                    b.beginControlFlow("case $T _x ->", cs.classes().get(i)).add(code.of(i, CodeBlock.of("_x.value()"))).endControlFlow();
                }
                b.endControlFlow();
            }
        }
        return b.build();
    }

    /** An expression building the Java value of case {@code _d} from the payload expressions {@code payload}. */
    private CodeBlock caseValue(WitType t, Cases cs, IntFunction<CodeBlock> payload) {
        return switch (t) {
            case WitType.OptionType o -> CodeBlock.of("_d == 0 ? $T.empty() : $T.of($L)", TypeMapper.OPTIONAL, TypeMapper.OPTIONAL,
                    payload.apply(1));
            case WitType.ResultType r -> {
                TypeName ok = types.boxedOrVoid(r.ok());
                TypeName err = types.boxedOrVoid(r.err());
                yield CodeBlock.of("_d == 0 ? $T.<$T, $T>ok($L) : $T.<$T, $T>err($L)", RESULT, ok, err,
                        r.ok() == null ? "null" : payload.apply(0), RESULT, ok, err, r.err() == null ? "null" : payload.apply(1));
            }
            default -> {
                CodeBlock.Builder b = CodeBlock.builder().add("switch (_d) {\n$>");
                for (int i = 0; i < cs.classes().size(); i++) {
                    b.add("case $L -> new $T($L);\n", i, cs.classes().get(i),
                            cs.payloads().get(i) == null ? "" : payload.apply(i));
                }
                yield b.add("default -> throw new $T();\n$<}", IllegalStateException.class).build();
            }
        };
    }

    private static boolean isKind(WitType t, Class<?> kind) { return t instanceof WitType.Ref(TypeDef d) && kind.isInstance(d.kind()); }

    private static TypeDef def(WitType t) { return ((WitType.Ref) t).def(); }

    private static String arrayKind(ArrayTypeName a) {
        return switch (a.componentType().toString()) {
            case "byte" -> "Bytes";
            case "short" -> "Shorts";
            case "int" -> "Ints";
            case "long" -> "Longs";
            case "float" -> "Floats";
            default -> "Doubles";
        };
    }
}
