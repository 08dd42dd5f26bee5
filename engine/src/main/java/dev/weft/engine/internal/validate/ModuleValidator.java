package dev.weft.engine.internal.validate;

import dev.weft.engine.InvalidModuleException;
import dev.weft.engine.internal.decode.CodeReader;
import dev.weft.engine.internal.decode.Op;
import dev.weft.engine.internal.model.CompositeType;
import dev.weft.engine.internal.model.ConstExpr;
import dev.weft.engine.internal.model.DataSegment;
import dev.weft.engine.internal.model.ElemSegment;
import dev.weft.engine.internal.model.Export;
import dev.weft.engine.internal.model.Global;
import dev.weft.engine.internal.model.Import;
import dev.weft.engine.internal.model.Limits;
import dev.weft.engine.internal.model.MemoryType;
import dev.weft.engine.internal.model.ModuleInfo;
import dev.weft.engine.internal.model.Table;
import dev.weft.engine.internal.model.TableType;
import dev.weft.engine.internal.model.TagType;
import dev.weft.engine.internal.model.ValType;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Validates a decoded module against the Wasm 3.0 typing rules. Failures throw
 * {@link InvalidModuleException} with the spec's message and where it was found.
 */
public final class ModuleValidator {
    private final ModuleInfo module;
    private TypeContext types;

    private ModuleValidator(ModuleInfo module) { this.module = module; }

    /** Validates everything; calls the factory once per defined function to get an optional listener. */
    public static ValidatedModule validate(ModuleInfo module, FunctionListener.Factory listeners) {
        return new ModuleValidator(module).run(listeners == null ? FunctionListener.Factory.NONE : listeners);
    }

    private ValidatedModule run(FunctionListener.Factory listeners) {
        types = TypeContext.of(module.types());
        checkImports();
        int numImportedFuncs = module.numImportedFuncs();
        int[] funcTypes = module.funcTypes();
        for (int f = numImportedFuncs; f < funcTypes.length; f++) funcTypeIndex(funcTypes[f], "function " + f);
        int firstTag = module.numImportedTags();
        for (int i = 0; i < module.tags().size(); i++) checkTag(module.tags().get(i), "tag " + (firstTag + i));
        int firstMem = module.numImportedMemories();
        for (int i = 0; i < module.memories().size(); i++) {
            checkMemory(module.memories().get(i), "memory " + (firstMem + i));
        }
        int firstTable = module.numImportedTables();
        for (int i = 0; i < module.tables().size(); i++) checkTableType(module.tables().get(i).type(), "table " + (firstTable + i));

        boolean[] declared = declaredFuncRefs();
        ModuleContext ctx = new ModuleContext(module, types, declared);
        FunctionValidator fv = new FunctionValidator(ctx);
        checkConstants(fv);

        if (module.code().size() != funcTypes.length - numImportedFuncs) {
            throw new InvalidModuleException("function and code section have inconsistent lengths", "code section");
        }
        for (int i = 0; i < module.code().size(); i++) {
            int funcIndex = numImportedFuncs + i;
            var body = module.code().get(i);
            fv.validateFunction(funcIndex, body, listeners.forFunction(funcIndex, body));
        }
        checkStart();
        checkExports(ctx);
        return new ValidatedModule(module, types, declared);
    }

    // ------------------------------------------------------------------ types of entities

    private CompositeType.Func funcTypeIndex(int typeIndex, String where) {
        if (typeIndex < 0 || typeIndex >= types.size()) {
            throw new InvalidModuleException("unknown type " + Integer.toUnsignedString(typeIndex), where);
        }
        if (types.composite(typeIndex) instanceof CompositeType.Func f) return f;
        throw new InvalidModuleException("type mismatch: non-function type " + typeIndex, where);
    }

    private void checkValType(ValType t, String where) {
        if (t.isConcreteRef() && t.heap() >= types.size()) {
            throw new InvalidModuleException("unknown type " + t.heap(), where);
        }
    }

    private void checkTag(TagType tag, String where) {
        if (!funcTypeIndex(tag.typeIndex(), where).results().isEmpty()) {
            throw new InvalidModuleException("non-empty tag result type", where);
        }
    }

    private void checkMemory(MemoryType m, String where) {
        Limits l = m.limits();
        int log2 = l.pageSizeLog2();
        // custom-page-sizes proposal: only 1-byte and 64 KiB pages exist
        if (log2 != 0 && log2 != 16) throw new InvalidModuleException("invalid custom page size", where);
        // the address space is 2^32 or 2^64 bytes; -1 stands for 2^64-1 (1-byte pages, i64)
        long range = l.is64() ? (log2 == 0 ? -1L : 1L << (64 - log2)) : 1L << (32 - log2);
        String msg = l.is64() ? "memory size must be at most 2^48 pages (256 TiB)"
                : "memory size must be at most 65536 pages (4GiB)";
        checkLimits(l, range, msg, where);
        if (l.shared() && !l.hasMax()) throw new InvalidModuleException("shared memory must have maximum", where);
    }

    private void checkTableType(TableType t, String where) {
        checkValType(t.elemType(), where);
        Limits l = t.limits();
        checkLimits(l, l.is64() ? -1L : 0xFFFF_FFFFL,
                l.is64() ? "table size must be at most 2^64-1" : "table size must be at most 2^32-1", where);
    }

    /** {@code range} is an unsigned bound; -1 means 2^64-1. */
    private static void checkLimits(Limits l, long range, String msg, String where) {
        if (Long.compareUnsigned(l.min(), range) > 0) throw new InvalidModuleException(msg, where);
        if (l.hasMax()) {
            if (Long.compareUnsigned(l.max(), range) > 0) throw new InvalidModuleException(msg, where);
            if (Long.compareUnsigned(l.min(), l.max()) > 0) {
                throw new InvalidModuleException("size minimum must not be greater than maximum", where);
            }
        }
    }

    private void checkImports() {
        List<Import> imports = module.imports();
        for (int i = 0; i < imports.size(); i++) {
            Import im = imports.get(i);
            String where = "import " + i + " \"" + im.module() + "\" \"" + im.name() + "\"";
            switch (im.kind()) {
                case FUNC -> funcTypeIndex(im.typeIndex(), where);
                case TABLE -> checkTableType(im.table(), where);
                case MEMORY -> checkMemory(im.memory(), where);
                case GLOBAL -> checkValType(im.global().type(), where);
                case TAG -> checkTag(new TagType(im.typeIndex()), where);
            }
        }
    }

    // ------------------------------------------------------------------ constant expressions

    private void checkConstants(FunctionValidator fv) {
        int importedGlobals = module.numImportedGlobals();
        // tables are defined before globals: their initializers see only imported globals
        int firstTable = module.numImportedTables();
        for (int i = 0; i < module.tables().size(); i++) {
            Table t = module.tables().get(i);
            ValType et = t.type().elemType();
            if (t.init() != null) {
                fv.validateConst(t.init(), et, importedGlobals, "table " + (firstTable + i) + " initializer");
            } else if (!et.nullable()) {
                throw new InvalidModuleException("type mismatch: table of non-nullable type " + et
                        + " requires an initializer", "table " + (firstTable + i));
            }
        }
        List<Global> globals = module.globals();
        for (int i = 0; i < globals.size(); i++) {
            Global g = globals.get(i);
            int index = importedGlobals + i;
            checkValType(g.type().type(), "global " + index);
            fv.validateConst(g.init(), g.type().type(), index, "global " + index + " initializer");
        }
        int allGlobals = importedGlobals + globals.size();
        List<MemoryType> memories = module.memoryTypes();
        List<DataSegment> datas = module.datas();
        for (int i = 0; i < datas.size(); i++) {
            DataSegment d = datas.get(i);
            if (!d.active()) continue;
            if (d.memory() < 0 || d.memory() >= memories.size()) {
                throw new InvalidModuleException("unknown memory " + Integer.toUnsignedString(d.memory()), "data " + i);
            }
            ValType at = memories.get(d.memory()).limits().is64() ? ValType.I64 : ValType.I32;
            fv.validateConst(d.offset(), at, allGlobals, "data " + i + " offset");
        }
        List<TableType> tables = module.tableTypes();
        List<ElemSegment> elems = module.elems();
        for (int i = 0; i < elems.size(); i++) {
            ElemSegment e = elems.get(i);
            String where = "elem " + i;
            checkValType(e.type(), where);
            for (int k = 0; k < e.items().size(); k++) {
                fv.validateConst(e.items().get(k), e.type(), allGlobals, where + " item " + k);
            }
            if (e.mode() != ElemSegment.Mode.ACTIVE) continue;
            if (e.table() < 0 || e.table() >= tables.size()) {
                throw new InvalidModuleException("unknown table " + Integer.toUnsignedString(e.table()), where);
            }
            TableType t = tables.get(e.table());
            if (!types.isSubtype(e.type(), t.elemType())) {
                throw new InvalidModuleException("type mismatch: element segment's type " + e.type()
                        + " does not match table's element type " + t.elemType(), where);
            }
            fv.validateConst(e.offset(), t.limits().is64() ? ValType.I64 : ValType.I32, allGlobals, where + " offset");
        }
    }

    /**
     * Functions that {@code ref.func} may name inside function bodies: those referenced anywhere in
     * the module outside of function bodies and the start section (exports, segments, initializers).
     */
    private boolean[] declaredFuncRefs() {
        boolean[] declared = new boolean[module.funcTypes().length];
        for (Export e : module.exports()) {
            if (e.kind() == dev.weft.engine.internal.model.ExternKind.FUNC && e.index() >= 0 && e.index() < declared.length) {
                declared[e.index()] = true;
            }
        }
        for (Global g : module.globals()) markRefs(g.init(), declared);
        for (Table t : module.tables()) if (t.init() != null) markRefs(t.init(), declared);
        for (ElemSegment e : module.elems()) {
            for (ConstExpr item : e.items()) markRefs(item, declared);
            if (e.offset() != null) markRefs(e.offset(), declared);
        }
        for (DataSegment d : module.datas()) if (d.offset() != null) markRefs(d.offset(), declared);
        return declared;
    }

    private static void markRefs(ConstExpr expr, boolean[] declared) {
        CodeReader r = new CodeReader(expr.code(), 0, expr.code().length);
        while (!r.atEnd()) {
            if (r.next() == Op.REF_FUNC && r.a >= 0 && r.a < declared.length) declared[r.a] = true;
        }
    }

    // ------------------------------------------------------------------ start and exports

    private void checkStart() {
        int start = module.start();
        if (start == ModuleInfo.NO_START) return;
        if (start < 0 || start >= module.funcTypes().length) {
            throw new InvalidModuleException("unknown function " + Integer.toUnsignedString(start), "start section");
        }
        CompositeType.Func f = module.funcType(start);
        if (!f.params().isEmpty() || !f.results().isEmpty()) {
            throw new InvalidModuleException("start function must not have parameters or results", "start section");
        }
    }

    private void checkExports(ModuleContext ctx) {
        Set<String> names = new HashSet<>();
        List<Export> exports = module.exports();
        for (int i = 0; i < exports.size(); i++) {
            Export e = exports.get(i);
            String where = "export " + i + " \"" + e.name() + "\"";
            int count = switch (e.kind()) {
                case FUNC -> ctx.funcTypes.length;
                case TABLE -> ctx.tables.length;
                case MEMORY -> ctx.memories.length;
                case GLOBAL -> ctx.globals.length;
                case TAG -> ctx.tagTypes.length;
            };
            if (e.index() < 0 || e.index() >= count) {
                String kind = switch (e.kind()) {
                    case FUNC -> "function";
                    case TABLE -> "table";
                    case MEMORY -> "memory";
                    case GLOBAL -> "global";
                    case TAG -> "tag";
                };
                throw new InvalidModuleException("unknown " + kind + " " + Integer.toUnsignedString(e.index()), where);
            }
            if (!names.add(e.name())) throw new InvalidModuleException("duplicate export name \"" + e.name() + "\"", where);
        }
    }
}
