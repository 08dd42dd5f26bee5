package dev.weft.engine.internal.text.wast;

import dev.weft.engine.MalformedModuleException;
import dev.weft.engine.internal.model.HeapType;
import dev.weft.engine.internal.text.Cursor;
import dev.weft.engine.internal.text.NumberLiterals;
import dev.weft.engine.internal.text.SExpr;
import dev.weft.engine.internal.text.SExprReader;
import dev.weft.engine.internal.text.V128Literal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code .wast} script into {@link WastCommand}s. Modules are not converted here (see
 * {@link ModuleSource}); a script that does not follow the script grammar fails with
 * {@link IllegalArgumentException} naming the file and line.
 */
public final class WastScript {
    private static final java.util.Set<String> MODULE_FIELDS = java.util.Set.of(
            "type", "rec", "import", "func", "table", "memory", "global", "tag", "export", "start", "elem", "data");

    private final String fileName;
    /** Kind of the most recent instance (an unnamed invoke targets it) and of each named instance. */
    private ModuleSource.Kind currentKind = ModuleSource.Kind.MODULE;
    private final java.util.Map<String, ModuleSource.Kind> instanceKinds = new java.util.HashMap<>();

    private final ComponentValues componentValues;

    private WastScript(String fileName) {
        this.fileName = fileName;
        this.componentValues = new ComponentValues(this::error);
    }

    public static List<WastCommand> parse(String source, String fileName) {
        WastScript s = new WastScript(fileName);
        List<SExpr> top;
        try {
            top = SExprReader.read(source);
        } catch (MalformedModuleException e) {
            throw new IllegalArgumentException(fileName + ": " + e.getMessage(), e);
        }
        List<WastCommand> out = new ArrayList<>();
        if (!top.isEmpty() && top.get(0) instanceof SExpr.Parens first && first.head() != null
                && MODULE_FIELDS.contains(first.head())) {
            // the script is a bare module body (the spec's inline module sugar)
            out.add(new WastCommand.Module(first.line(), null, false, new ModuleSource.Text(null, top)));
            return out;
        }
        for (SExpr e : top) {
            try {
                out.add(s.command(e));
            } catch (MalformedModuleException ex) {
                throw new IllegalArgumentException(fileName + ":" + e.line() + ": " + ex.getMessage(), ex);
            } catch (StackOverflowError ex) {
                // values and patterns nest recursively; absurd nesting is a bad script, not a crash
                throw new IllegalArgumentException(fileName + ":" + e.line() + ": nesting too deep");
            }
        }
        return out;
    }

    IllegalArgumentException error(String msg, SExpr at) {
        return new IllegalArgumentException(fileName + ":" + at.line() + ":" + at.column() + ": " + msg);
    }

    private WastCommand command(SExpr e) {
        if (!(e instanceof SExpr.Parens p) || p.head() == null) throw error("expected a command", e);
        int line = p.line();
        Cursor c = Cursor.body(p);
        switch (p.head()) {
            case "module", "component" -> {
                ModuleSource.Kind kind = p.head().equals("module") ? ModuleSource.Kind.MODULE : ModuleSource.Kind.COMPONENT;
                if (c.peekKeyword("instance")) {
                    c.next();
                    String a = c.optionalId();
                    String b = c.optionalId();
                    end(c);
                    String instance = b == null ? null : a;
                    instantiated(instance, kind);
                    return new WastCommand.ModuleInstance(line, instance, b == null ? a : b, kind);
                }
                boolean definition = false;
                if (c.peekKeyword("definition")) {
                    c.next();
                    definition = true;
                }
                String name = c.optionalId();
                if (!definition) instantiated(name, kind);
                return new WastCommand.Module(line, name, definition, source(p, c, name, kind));
            }
            case "register" -> {
                String as = string(c);
                String name = c.optionalId();
                end(c);
                return new WastCommand.Register(line, as, name);
            }
            case "invoke", "get" -> {
                return new WastCommand.Action(line, action(p));
            }
            case "assert_return" -> {
                WastAction a = action(formArg(c));
                if (a instanceof WastAction.Invoke inv && inv.isComponent()) {
                    List<WastComponentValue> values = new ArrayList<>();
                    while (!c.atEnd()) values.add(componentValues.value(formArg(c)));
                    return new WastCommand.AssertReturn(line, a, List.of(), values);
                }
                List<WastExpected> expected = new ArrayList<>();
                while (!c.atEnd()) expected.add(expected(formArg(c)));
                return new WastCommand.AssertReturn(line, a, expected);
            }
            case "assert_trap" -> {
                SExpr.Parens target = formArg(c);
                String msg = string(c);
                end(c);
                if (target.isForm("module") || target.isForm("component")) {
                    return new WastCommand.AssertUninstantiable(line, moduleArg(target), msg);
                }
                return new WastCommand.AssertTrap(line, action(target), msg);
            }
            case "assert_exhaustion" -> {
                WastAction a = action(formArg(c));
                String msg = string(c);
                end(c);
                return new WastCommand.AssertExhaustion(line, a, msg);
            }
            case "assert_exception" -> {
                WastAction a = action(formArg(c));
                end(c);
                return new WastCommand.AssertException(line, a);
            }
            case "assert_malformed", "assert_invalid", "assert_unlinkable", "assert_uninstantiable" -> {
                ModuleSource m = moduleArg(formArg(c));
                String msg = string(c);
                end(c);
                return switch (p.head()) {
                    case "assert_malformed" -> new WastCommand.AssertMalformed(line, m, msg);
                    case "assert_invalid" -> new WastCommand.AssertInvalid(line, m, msg);
                    case "assert_unlinkable" -> new WastCommand.AssertUnlinkable(line, m, msg);
                    default -> new WastCommand.AssertUninstantiable(line, m, msg);
                };
            }
            default -> throw error("unknown command " + p.head(), p);
        }
    }

    private void instantiated(String name, ModuleSource.Kind kind) {
        currentKind = kind;
        if (name != null) instanceKinds.put(name, kind);
    }

    private ModuleSource moduleArg(SExpr.Parens p) {
        ModuleSource.Kind kind;
        if (p.isForm("module")) {
            kind = ModuleSource.Kind.MODULE;
        } else if (p.isForm("component")) {
            kind = ModuleSource.Kind.COMPONENT;
        } else {
            throw error("expected a module or component", p);
        }
        Cursor c = Cursor.body(p);
        if (c.peekKeyword("definition")) c.next();
        return source(p, c, c.optionalId(), kind);
    }

    /** The body after "module|component definition? $name?": binary, quote or text fields. */
    private ModuleSource source(SExpr.Parens p, Cursor c, String name, ModuleSource.Kind kind) {
        if (c.peekKeyword("binary")) {
            c.next();
            return new ModuleSource.Binary(strings(c), kind);
        }
        if (c.peekKeyword("quote")) {
            c.next();
            return new ModuleSource.Quote(strings(c), p.line(), p.column(), kind);
        }
        return new ModuleSource.Text(name, p.items().subList(c.position(), p.size()), kind);
    }

    private byte[] strings(Cursor c) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (!c.atEnd()) {
            SExpr e = c.next();
            if (!(e instanceof SExpr.Atom a) || a.kind() != SExpr.Kind.STRING) throw error("expected a string", e);
            out.writeBytes(a.bytes());
        }
        return out.toByteArray();
    }

    private SExpr.Parens formArg(Cursor c) {
        SExpr e = c.next();
        if (e instanceof SExpr.Parens p) return p;
        throw error("expected a form", e);
    }

    private String string(Cursor c) {
        SExpr e = c.next();
        if (e instanceof SExpr.Atom a && a.kind() == SExpr.Kind.STRING) {
            return new String(a.bytes(), StandardCharsets.UTF_8);
        }
        throw error("expected a string", e);
    }

    private void end(Cursor c) {
        if (!c.atEnd()) throw error("unexpected token", c.peek());
    }

    private WastAction action(SExpr.Parens p) {
        Cursor c = Cursor.body(p);
        if (p.isForm("invoke")) {
            String module = c.optionalId();
            String name = string(c);
            ModuleSource.Kind kind = module == null ? currentKind
                    : instanceKinds.getOrDefault(module, ModuleSource.Kind.MODULE);
            if (kind == ModuleSource.Kind.COMPONENT) {
                List<WastComponentValue> args = new ArrayList<>();
                while (!c.atEnd()) args.add(componentValues.value(formArg(c)));
                return new WastAction.Invoke(module, name, List.of(), args);
            }
            List<WastValue> args = new ArrayList<>();
            while (!c.atEnd()) args.add(value(formArg(c)));
            return new WastAction.Invoke(module, name, args);
        }
        if (p.isForm("get")) {
            String module = c.optionalId();
            String name = string(c);
            end(c);
            return new WastAction.Get(module, name);
        }
        throw error("expected an action", p);
    }

    private WastValue value(SExpr.Parens p) {
        String head = p.head();
        if (head == null) throw error("expected a value", p);
        Cursor c = Cursor.body(p);
        WastValue v = switch (head) {
            case "i32.const" -> new WastValue.I32((int) NumberLiterals.intBits(c.nextAtom(), 32));
            case "i64.const" -> new WastValue.I64(NumberLiterals.intBits(c.nextAtom(), 64));
            case "f32.const" -> new WastValue.F32(NumberLiterals.f32Bits(c.nextAtom()));
            case "f64.const" -> new WastValue.F64(NumberLiterals.f64Bits(c.nextAtom()));
            case "v128.const" -> {
                byte[] b = V128Literal.parse(c.nextAtom(), c);
                yield new WastValue.V128(le(b, 0), le(b, 8));
            }
            case "ref.null" -> new WastValue.RefNull(heapType(c.nextAtom()));
            case "ref.extern" -> new WastValue.RefExtern((int) NumberLiterals.natBits(c.nextAtom(), 32));
            case "ref.host" -> new WastValue.RefHost((int) NumberLiterals.natBits(c.nextAtom(), 32));
            default -> throw error("unknown value " + head, p);
        };
        end(c);
        return v;
    }

    private static long le(byte[] b, int off) {
        long v = 0;
        for (int i = 7; i >= 0; i--) v = (v << 8) | (b[off + i] & 0xFF);
        return v;
    }

    private int heapType(SExpr.Atom a) {
        if (a.kind() == SExpr.Kind.WORD) {
            int h = switch (a.text()) {
                case "func" -> HeapType.FUNC;
                case "extern" -> HeapType.EXTERN;
                case "any" -> HeapType.ANY;
                case "eq" -> HeapType.EQ;
                case "i31" -> HeapType.I31;
                case "struct" -> HeapType.STRUCT;
                case "array" -> HeapType.ARRAY;
                case "exn" -> HeapType.EXN;
                case "none" -> HeapType.NONE;
                case "nofunc" -> HeapType.NOFUNC;
                case "noextern" -> HeapType.NOEXTERN;
                case "noexn" -> HeapType.NOEXN;
                default -> 0;
            };
            if (h != 0) return h;
        }
        return (int) NumberLiterals.natBits(a, 32);
    }

    private WastExpected expected(SExpr.Parens p) {
        String head = p.head();
        if (head == null) throw error("expected a result", p);
        if (head.equals("i32.const") || head.equals("i64.const") || head.equals("ref.host")) {
            return new WastExpected.Exact(value(p));
        }
        Cursor c = Cursor.body(p);
        WastExpected r = switch (head) {
            case "f32.const", "f64.const" -> {
                SExpr.Atom a = c.nextAtom();
                WastExpected.NanKind nan = nanKind(a);
                boolean f64 = head.startsWith("f64");
                if (nan != null) yield new WastExpected.Nan(f64, nan);
                yield new WastExpected.Exact(f64 ? new WastValue.F64(NumberLiterals.f64Bits(a))
                        : new WastValue.F32(NumberLiterals.f32Bits(a)));
            }
            case "v128.const" -> vecPattern(c.nextAtom(), c);
            case "ref.null" -> new WastExpected.NullRef(c.atEnd() ? null : heapType(c.nextAtom()));
            case "ref.extern" -> c.atEnd() ? new WastExpected.RefOf(WastExpected.RefKind.EXTERN)
                    : new WastExpected.Exact(new WastValue.RefExtern((int) NumberLiterals.natBits(c.nextAtom(), 32)));
            case "ref" -> new WastExpected.RefOf(WastExpected.RefKind.ANY);
            case "ref.any" -> new WastExpected.RefOf(WastExpected.RefKind.ANY);
            case "ref.eq" -> new WastExpected.RefOf(WastExpected.RefKind.EQ);
            case "ref.i31" -> new WastExpected.RefOf(WastExpected.RefKind.I31);
            case "ref.struct" -> new WastExpected.RefOf(WastExpected.RefKind.STRUCT);
            case "ref.array" -> new WastExpected.RefOf(WastExpected.RefKind.ARRAY);
            case "ref.func" -> new WastExpected.RefOf(WastExpected.RefKind.FUNC);
            case "ref.exn" -> new WastExpected.RefOf(WastExpected.RefKind.EXN);
            case "either" -> {
                List<WastExpected> alts = new ArrayList<>();
                while (!c.atEnd()) alts.add(expected(formArg(c)));
                yield new WastExpected.Either(alts);
            }
            default -> throw error("unknown result " + head, p);
        };
        end(c);
        return r;
    }

    private static WastExpected.NanKind nanKind(SExpr.Atom a) {
        if (a.isKeyword("nan:canonical")) return WastExpected.NanKind.CANONICAL;
        if (a.isKeyword("nan:arithmetic")) return WastExpected.NanKind.ARITHMETIC;
        return null;
    }

    private WastExpected vecPattern(SExpr.Atom shape, Cursor c) {
        int[] sh = V128Literal.shape(shape.text());
        if (sh == null) throw error("unknown vector shape", shape);
        boolean isFloat = shape.text().charAt(0) == 'f';
        long[] bits = new long[sh[0]];
        WastExpected.NanKind[] nans = new WastExpected.NanKind[sh[0]];
        for (int i = 0; i < sh[0]; i++) {
            SExpr.Atom a = c.nextAtom();
            WastExpected.NanKind nan = isFloat ? nanKind(a) : null;
            if (nan != null) {
                nans[i] = nan;
            } else {
                bits[i] = V128Literal.laneBits(a, sh[1], isFloat);
            }
        }
        return new WastExpected.VecLanes(shape.text(), bits, nans);
    }
}
