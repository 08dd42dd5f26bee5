package dev.weft.engine.internal.interp;

import dev.weft.engine.EngineConfig;
import dev.weft.engine.Extern;
import dev.weft.engine.LinkException;
import dev.weft.engine.TrapException;
import dev.weft.engine.WasmException;
import dev.weft.engine.internal.model.DataSegment;
import dev.weft.engine.internal.model.ElemSegment;
import dev.weft.engine.internal.model.Global;
import dev.weft.engine.internal.model.Import;
import dev.weft.engine.internal.model.MemoryType;
import dev.weft.engine.internal.model.ModuleInfo;
import dev.weft.engine.internal.model.Table;
import dev.weft.engine.internal.model.TagType;
import dev.weft.engine.internal.runtime.FunctionInstance;
import dev.weft.engine.internal.runtime.GlobalInstance;
import dev.weft.engine.internal.runtime.MemoryInstance;
import dev.weft.engine.internal.runtime.ModuleInstance;
import dev.weft.engine.internal.runtime.TableInstance;
import dev.weft.engine.internal.runtime.TagInstance;
import dev.weft.engine.internal.validate.ExternTypes;
import dev.weft.engine.internal.validate.TypeContext;
import dev.weft.engine.internal.validate.ValidatedModule;
import java.util.ArrayList;
import java.util.List;

/**
 * Instantiates a validated, compiled module with resolved imports, in the spec's order: import
 * checks, globals/tables/memories, element and data segments (active ones applied in order, so a
 * failing segment leaves earlier writes in place), then the start function.
 */
public final class Instantiator {
    private Instantiator() {}

    /** Compiled code of a module's defined functions, produced while validating. */
    public record Compiled(ValidatedModule module, CompiledFunction[] functions) {}

    /** Decodes nothing: validates {@code info} and compiles every function in the same pass. */
    public static Compiled compile(ModuleInfo info) {
        int imported = info.numImportedFuncs();
        CompiledFunction[] out = new CompiledFunction[info.code().size()];
        FunctionCompiler[] compilers = new FunctionCompiler[out.length];
        var globals = info.globalTypes();
        var memories = info.memoryTypes();
        int[] current = {-1};
        ValidatedModule vm;
        try {
            vm = dev.weft.engine.internal.validate.ModuleValidator.validate(info, (index, body) -> {
                current[0] = index;
                FunctionCompiler c = new FunctionCompiler(info, index, body, globals, memories);
                compilers[index - imported] = c;
                return c;
            });
        } catch (WasmException e) {
            throw e;
        } catch (RuntimeException e) {
            // Validation and compilation report bad modules as Weft exceptions; anything else is our bug.
            int f = current[0];
            boolean inFunction = f >= 0 && (compilers[f - imported] == null || compilers[f - imported].result() == null);
            throw WeftBug.rejecting(e, inFunction ? "validating and compiling function " + f : "validating the module");
        }
        for (int i = 0; i < out.length; i++) out[i] = compilers[i].result();
        return new Compiled(vm, out);
    }

    /**
     * Creates the instance. {@code imports} lines up with {@code module.imports()}. Link errors throw
     * {@link LinkException}; traps while initializing throw {@link TrapException}.
     */
    public static ModuleInstance instantiate(Compiled compiled, Extern[] imports, EngineConfig config) {
        try {
            return build(compiled, imports, config);
        } catch (WeftBug e) {
            throw Ext.bug(e);
        }
    }

    private static ModuleInstance build(Compiled compiled, Extern[] imports, EngineConfig config) {
        ModuleInfo m = compiled.module().module();
        TypeContext types = compiled.module().types();
        ModuleInstance inst = new ModuleInstance(config, types);
        if (m.names() != null) inst.funcNames = m.names().functions();
        List<FunctionInstance> funcs = new ArrayList<>();
        List<TableInstance> tables = new ArrayList<>();
        List<MemoryInstance> memories = new ArrayList<>();
        List<GlobalInstance> globals = new ArrayList<>();
        List<TagInstance> tags = new ArrayList<>();
        List<Import> is = m.imports();
        for (int i = 0; i < is.size(); i++) {
            Import im = is.get(i);
            Extern e = imports[i];
            String what = im.module() + "." + im.name();
            switch (im.kind()) {
                case FUNC -> {
                    if (!(e instanceof FunctionInstance f) || !ExternTypes.matchesFunc(f.type, types.canonical(im.typeIndex()))) {
                        throw incompatible(what, e);
                    }
                    funcs.add(f);
                }
                case TABLE -> {
                    if (!(e instanceof TableInstance t)
                            || !ExternTypes.matchesTable(t.currentType(), t.types(), im.table(), types)) {
                        throw incompatible(what, e);
                    }
                    tables.add(t);
                }
                case MEMORY -> {
                    if (!(e instanceof MemoryInstance mem)
                            || !ExternTypes.matchesMemory(new MemoryType(mem.currentLimits()), im.memory())) {
                        throw incompatible(what, e);
                    }
                    memories.add(mem);
                }
                case GLOBAL -> {
                    if (!(e instanceof GlobalInstance g)
                            || !ExternTypes.matchesGlobal(g.internalType(), g.types(), im.global(), types)) {
                        throw incompatible(what, e);
                    }
                    globals.add(g);
                }
                case TAG -> {
                    if (!(e instanceof TagInstance t) || !ExternTypes.matchesTag(t.canonical(), types.canonical(im.typeIndex()))) {
                        throw incompatible(what, e);
                    }
                    tags.add(t);
                }
            }
        }
        int imported = funcs.size();
        for (int i = 0; i < compiled.functions().length; i++) {
            int idx = imported + i;
            int ti = m.funcTypes()[idx];
            funcs.add(new FunctionInstance(types.canonical(ti), m.types().get(ti).func(), types, inst,
                    compiled.functions()[i], null));
        }
        inst.funcs = funcs.toArray(new FunctionInstance[0]);
        for (TagType t : m.tags()) {
            tags.add(new TagInstance(types.canonical(t.typeIndex()), m.types().get(t.typeIndex()).func(), types));
        }
        inst.tags = tags.toArray(new TagInstance[0]);
        for (MemoryType mt : m.memories()) memories.add(new MemoryInstance(mt.limits(), config));
        inst.memories = memories.toArray(new MemoryInstance[0]);
        inst.mem0 = inst.memories.length > 0 ? inst.memories[0] : null;
        // Globals are initialized in order; an initializer may read earlier globals.
        inst.globals = new GlobalInstance[globals.size() + m.globals().size()];
        for (int i = 0; i < globals.size(); i++) inst.globals[i] = globals.get(i);
        int gi = globals.size();
        for (Global g : m.globals()) {
            GlobalInstance gl = new GlobalInstance(g.type().type(), types, g.type().mutable());
            ConstEval.Value v = ConstEval.eval(g.init(), inst);
            gl.value = v.lo();
            gl.hi = v.hi();
            gl.ref = v.ref();
            inst.globals[gi++] = gl;
        }
        for (Table t : m.tables()) {
            Object init = t.init() == null ? null : ConstEval.eval(t.init(), inst).ref();
            tables.add(new TableInstance(t.type().elemType(), types, t.type().limits(), init, config));
        }
        inst.tables = tables.toArray(new TableInstance[0]);
        List<ElemSegment> elems = m.elems();
        inst.elems = new Object[elems.size()][];
        for (int i = 0; i < elems.size(); i++) {
            ElemSegment e = elems.get(i);
            Object[] vals = new Object[e.items().size()];
            for (int j = 0; j < vals.length; j++) vals[j] = ConstEval.eval(e.items().get(j), inst).ref();
            inst.elems[i] = vals;
        }
        List<DataSegment> datas = m.datas();
        inst.datas = new byte[datas.size()][];
        for (int i = 0; i < datas.size(); i++) inst.datas[i] = datas.get(i).bytes();
        for (int i = 0; i < elems.size(); i++) {
            ElemSegment e = elems.get(i);
            if (e.mode() == ElemSegment.Mode.ACTIVE) {
                TableInstance t = inst.tables[e.table()];
                long off = ConstEval.eval(e.offset(), inst).lo();
                if (!t.is64()) off &= 0xFFFF_FFFFL;
                Object[] vals = inst.elems[i];
                t.check(off, vals.length);
                System.arraycopy(vals, 0, t.elems, (int) off, vals.length);
            }
            if (e.mode() != ElemSegment.Mode.PASSIVE) inst.elems[i] = new Object[0];
        }
        for (int i = 0; i < datas.size(); i++) {
            DataSegment d = datas.get(i);
            if (d.active()) {
                MemoryInstance mem = inst.memories[d.memory()];
                long off = ConstEval.eval(d.offset(), inst).lo();
                if (!mem.is64()) off &= 0xFFFF_FFFFL;
                mem.init(off, d.bytes(), 0, d.bytes().length);
                inst.datas[i] = new byte[0];
            }
        }
        if (m.start() != ModuleInfo.NO_START) inst.funcs[m.start()].call();
        return inst;
    }

    private static LinkException incompatible(String what, Extern e) {
        return new LinkException("incompatible import type",
                what + (e == null ? "" : " (got " + e.externType() + ")"));
    }
}
