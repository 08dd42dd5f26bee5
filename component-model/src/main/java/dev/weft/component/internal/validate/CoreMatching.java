package dev.weft.component.internal.validate;

import dev.weft.engine.ExternType;
import dev.weft.engine.FuncType;
import dev.weft.engine.GlobalType;
import dev.weft.engine.MemoryType;
import dev.weft.engine.TableType;
import dev.weft.engine.TagType;
import dev.weft.engine.ValueType;
import java.util.List;

/** Core-wasm import matching as used by component validation: core instantiation and module types. */
final class CoreMatching {
    private CoreMatching() {}

    static String kind(ExternType t) {
        return switch (t) {
            case FuncType f -> "func";
            case TableType tt -> "table";
            case MemoryType m -> "memory";
            case GlobalType g -> "global";
            case TagType tg -> "tag";
        };
    }

    /** Checks that {@code actual} can be supplied for an import of type {@code expected}. */
    static void extern(ExternType actual, ExternType expected) {
        switch (expected) {
            case FuncType e -> {
                if (!(actual instanceof FuncType a)) throw kindMismatch(expected, actual);
                if (!sameFunc(a, e)) throw new ValidationError("expected: " + text(e) + ", found: " + text(a));
            }
            case GlobalType e -> {
                if (!(actual instanceof GlobalType a)) throw kindMismatch(expected, actual);
                if (a.mutable() != e.mutable()) throw new ValidationError("global types differ in mutability");
                if (!sameVal(a.type(), e.type())) {
                    throw new ValidationError("expected global type " + text(e.type()) + ", found " + text(a.type()));
                }
            }
            case TableType e -> {
                if (!(actual instanceof TableType a)) throw kindMismatch(expected, actual);
                if (!sameVal(a.element(), e.element())) {
                    throw new ValidationError("expected table element type " + text(e.element()) + ", found "
                            + text(a.element()));
                }
                if (a.is64() != e.is64()) throw new ValidationError("mismatch in index type used for tables");
                if (!limitsMatch(a.min(), a.max(), e.min(), e.max())) throw new ValidationError("mismatch in table limits");
            }
            case MemoryType e -> {
                if (!(actual instanceof MemoryType a)) throw kindMismatch(expected, actual);
                if (a.is64() != e.is64()) throw new ValidationError("mismatch in index type used for memories");
                if (!limitsMatch(a.min(), a.max(), e.min(), e.max())) throw new ValidationError("mismatch in memory limits");
            }
            case TagType e -> {
                if (!(actual instanceof TagType a)) throw kindMismatch(expected, actual);
                if (!sameFunc(a.type(), e.type())) {
                    throw new ValidationError("expected: " + text(e.type()) + ", found: " + text(a.type()));
                }
            }
        }
    }

    /** Shared and unshared memories never match each other. */
    static void sharedFlag(boolean actual, boolean expected) {
        if (actual != expected) throw new ValidationError("mismatch in the shared flag for memories");
    }

    private static ValidationError kindMismatch(ExternType expected, ExternType actual) {
        return new ValidationError("expected " + kind(expected) + ", found " + kind(actual));
    }

    private static boolean limitsMatch(long aMin, long aMax, long eMin, long eMax) {
        if (Long.compareUnsigned(aMin, eMin) < 0) return false;
        if (eMax < 0) return true;
        return aMax >= 0 && Long.compareUnsigned(aMax, eMax) <= 0;
    }

    static boolean sameFunc(FuncType a, FuncType e) {
        return sameVals(a.params(), e.params()) && sameVals(a.results(), e.results());
    }

    private static boolean sameVals(List<ValueType> a, List<ValueType> e) {
        if (a.size() != e.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!sameVal(a.get(i), e.get(i))) return false;
        return true;
    }

    /** Value type equality; concrete reference types from different type spaces are not compared deeply. */
    static boolean sameVal(ValueType a, ValueType e) {
        if (a.kind() != e.kind()) return false;
        if (!a.isReference()) return true;
        return a.nullable() == e.nullable() && a.heap() == e.heap();
    }

    static String text(ValueType t) {
        if (!t.isReference()) return t.kind().name().toLowerCase(java.util.Locale.ROOT);
        if (t.nullable() && t.heap() != ValueType.Heap.CONCRETE) {
            return t.heap().name().toLowerCase(java.util.Locale.ROOT) + "ref";
        }
        return "(ref " + (t.nullable() ? "null " : "") + t.heap().name().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    /** A function type in text form, e.g. {@code (func (param i32) (result i32))}. */
    static String text(FuncType f) {
        StringBuilder sb = new StringBuilder("(func");
        if (!f.params().isEmpty()) {
            sb.append(" (param");
            f.params().forEach(p -> sb.append(' ').append(text(p)));
            sb.append(')');
        }
        if (!f.results().isEmpty()) {
            sb.append(" (result");
            f.results().forEach(p -> sb.append(' ').append(text(p)));
            sb.append(')');
        }
        return sb.append(')').toString();
    }

    /** Module type matching: {@code actual} may import less and must export at least what is expected. */
    static void module(ModuleSig actual, ModuleSig expected) {
        for (ModuleSig.Import ai : actual.imports()) {
            ModuleSig.Import ei = null;
            for (ModuleSig.Import x : expected.imports()) {
                if (x.module().equals(ai.module()) && x.name().equals(ai.name())) ei = x;
            }
            String name = ai.module() + "::" + ai.name();
            if (ei == null) throw new ValidationError("missing expected import `" + name + "`");
            try {
                sharedFlag(ei.shared(), ai.shared());
                extern(ei.type(), ai.type());
            } catch (ValidationError err) {
                throw new ValidationError("type mismatch in import `" + name + "`: " + err.getMessage());
            }
        }
        for (var ee : expected.exports().entrySet()) {
            ExternType at = actual.exports().get(ee.getKey());
            if (at == null) throw new ValidationError("missing expected export `" + ee.getKey() + "`");
            try {
                sharedFlag(actual.sharedExports().contains(ee.getKey()), expected.sharedExports().contains(ee.getKey()));
                extern(at, ee.getValue());
            } catch (ValidationError err) {
                throw new ValidationError("type mismatch in export `" + ee.getKey() + "`: " + err.getMessage());
            }
        }
    }
}
