package dev.weft.component.internal.validate;

import dev.weft.component.internal.model.CoreCompositeType;
import dev.weft.component.internal.model.CoreExternType;
import dev.weft.component.internal.model.CoreSubType;
import dev.weft.component.internal.model.CoreType;
import dev.weft.component.internal.model.CoreValType;
import dev.weft.component.internal.model.ModuleDecl;
import dev.weft.engine.ExternType;
import dev.weft.engine.FuncType;
import dev.weft.engine.GlobalType;
import dev.weft.engine.MemoryType;
import dev.weft.engine.TableType;
import dev.weft.engine.TagType;
import dev.weft.engine.ValueType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates core type definitions inside components (recursion groups and module types) and converts
 * them to engine types: function types become {@link FuncType}, module types {@link ModuleSig}; struct
 * and array types are kept as their {@link CoreCompositeType}.
 */
final class CoreTypeValidator {
    private CoreTypeValidator() {}

    /** Adds the entries of core type {@code t} to {@code coreTypes}, resolving indices in that space. */
    static void define(Scope scope, List<Object> coreTypes, CoreType t) {
        switch (t) {
            case CoreType.Rec rec -> {
                int base = coreTypes.size();
                // reserve the group's indices first: its members may refer to each other
                for (CoreSubType st : rec.types()) coreTypes.add(st.type());
                for (int i = 0; i < rec.types().size(); i++) {
                    CoreSubType st = rec.types().get(i);
                    for (int sup : st.supers()) {
                        if (sup >= base + i) throw new ValidationError("unknown type " + sup + ": type index out of bounds");
                    }
                    if (st.type() instanceof CoreCompositeType.Func f) {
                        coreTypes.set(base + i, FuncType.of(vals(coreTypes, f.params()), vals(coreTypes, f.results())));
                    } else {
                        checkComposite(coreTypes, st.type());
                    }
                }
            }
            case CoreType.Module m -> coreTypes.add(moduleType(scope, m));
        }
    }

    private static void checkComposite(List<Object> coreTypes, CoreCompositeType c) {
        switch (c) {
            case CoreCompositeType.Struct s -> s.fields().forEach(f -> val(coreTypes, f.type()));
            case CoreCompositeType.Array a -> val(coreTypes, a.element().type());
            case CoreCompositeType.Func f -> { }
        }
    }

    private static List<ValueType> vals(List<Object> coreTypes, List<CoreValType> ts) {
        List<ValueType> out = new ArrayList<>(ts.size());
        for (CoreValType t : ts) out.add(val(coreTypes, t));
        return out;
    }

    static ValueType val(List<Object> coreTypes, CoreValType t) {
        return switch (t.code()) {
            case CoreValType.I32, CoreValType.I8, CoreValType.I16 -> ValueType.I32;
            case CoreValType.I64 -> ValueType.I64;
            case CoreValType.F32 -> ValueType.F32;
            case CoreValType.F64 -> ValueType.F64;
            case CoreValType.V128 -> ValueType.V128;
            default -> {
                if (t.heap() >= 0) {
                    if (t.heap() >= coreTypes.size()) {
                        throw new ValidationError("unknown type " + t.heap() + ": type index out of bounds");
                    }
                    yield ValueType.refTo(t.nullable(), coreTypes.get(t.heap()));
                }
                yield ValueType.ref(t.nullable(), heap(-t.heap()));
            }
        };
    }

    private static ValueType.Heap heap(int code) {
        return switch (code) {
            case 0x70 -> ValueType.Heap.FUNC;
            case 0x6f -> ValueType.Heap.EXTERN;
            case 0x6e -> ValueType.Heap.ANY;
            case 0x6d -> ValueType.Heap.EQ;
            case 0x6c -> ValueType.Heap.I31;
            case 0x6b -> ValueType.Heap.STRUCT;
            case 0x6a -> ValueType.Heap.ARRAY;
            case 0x69 -> ValueType.Heap.EXN;
            case 0x71 -> ValueType.Heap.NONE;
            case 0x72 -> ValueType.Heap.NOEXTERN;
            case 0x73 -> ValueType.Heap.NOFUNC;
            default -> ValueType.Heap.NOEXN;
        };
    }

    /** A module type, validated with its own initially empty core type space. */
    private static ModuleSig moduleType(Scope scope, CoreType.Module m) {
        List<Object> types = new ArrayList<>();
        List<ModuleSig.Import> imports = new ArrayList<>();
        Set<String> importNames = new HashSet<>();
        Map<String, ExternType> exports = new LinkedHashMap<>();
        Set<String> sharedExports = new HashSet<>();
        for (ModuleDecl d : m.decls()) {
            switch (d) {
                case ModuleDecl.Import i -> {
                    if (!importNames.add(i.module() + "\u0000" + i.name())) {
                        throw new ValidationError("duplicate import name `" + i.module() + ":" + i.name() + "`");
                    }
                    imports.add(new ModuleSig.Import(i.module(), i.name(), extern(types, i.type()), isShared(i.type())));
                }
                case ModuleDecl.TypeDecl t -> {
                    if (t.type() instanceof CoreType.Module) {
                        throw new ValidationError("invalid leading byte (0x50) for type definition: module types cannot be nested");
                    }
                    define(scope, types, t.type());
                }
                case ModuleDecl.OuterAlias a -> {
                    Scope target = outer(scope, a.count() - 1);
                    if (a.index() >= target.coreTypes.size()) {
                        throw new ValidationError("unknown type " + a.index() + ": type index out of bounds");
                    }
                    Object t = target.coreTypes.get(a.index());
                    if (t instanceof ModuleSig) throw new ValidationError("module types cannot be aliased into module types");
                    types.add(t);
                }
                case ModuleDecl.Export e -> {
                    if (exports.containsKey(e.name())) throw new ValidationError("export name `" + e.name() + "` already defined");
                    exports.put(e.name(), extern(types, e.type()));
                    if (isShared(e.type())) sharedExports.add(e.name());
                }
            }
        }
        return new ModuleSig(imports, exports, sharedExports);
    }

    private static boolean isShared(CoreExternType t) {
        return t instanceof CoreExternType.Memory m && m.limits().shared();
    }

    /** The scope {@code count} levels out from {@code scope} (0 = scope itself); the module type is level 0. */
    private static Scope outer(Scope scope, int count) {
        if (count < 0) throw new ValidationError("outer aliases in module types must refer to an enclosing scope");
        Scope s = scope;
        for (int i = 0; i < count; i++) {
            if (s.parent == null) throw new ValidationError("invalid outer alias count of " + (count + 1));
            s = s.parent;
        }
        return s;
    }

    static ExternType extern(List<Object> types, CoreExternType t) {
        return switch (t) {
            case CoreExternType.Func f -> new FuncTypeRef(types, f.typeIndex()).func("func");
            case CoreExternType.Table tt -> {
                if (tt.limits().max() >= 0 && Long.compareUnsigned(tt.limits().min(), tt.limits().max()) > 0) {
                    throw new ValidationError("size minimum must not be greater than maximum");
                }
                yield new TableType(val(types, tt.element()), tt.limits().min(), tt.limits().max(), tt.limits().is64());
            }
            case CoreExternType.Memory mm -> {
                if (mm.limits().max() >= 0 && Long.compareUnsigned(mm.limits().min(), mm.limits().max()) > 0) {
                    throw new ValidationError("size minimum must not be greater than maximum");
                }
                long cap = mm.limits().is64() ? 1L << 48 : 65536;
                if (Long.compareUnsigned(mm.limits().min(), cap) > 0 || (mm.limits().max() >= 0
                        && Long.compareUnsigned(mm.limits().max(), cap) > 0)) {
                    throw new ValidationError("memory size must be at most " + cap + " pages");
                }
                yield new MemoryType(mm.limits().min(), mm.limits().max(), mm.limits().is64());
            }
            case CoreExternType.Global g -> new GlobalType(val(types, g.type()), g.mutable());
            case CoreExternType.Tag tg -> new TagType(new FuncTypeRef(types, tg.typeIndex()).func("tag"));
        };
    }

    /** A reference to a core type index that must be a function type. */
    private record FuncTypeRef(List<Object> types, int index) {
        FuncType func(String what) {
            if (index >= types.size()) throw new ValidationError("unknown type " + index + ": type index out of bounds");
            if (!(types.get(index) instanceof FuncType f)) {
                throw new ValidationError("type index " + index + " is not a function type");
            }
            return f;
        }
    }
}
