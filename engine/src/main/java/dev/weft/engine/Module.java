package dev.weft.engine;

import dev.weft.engine.internal.decode.ModuleDecoder;
import dev.weft.engine.internal.interp.Instantiator;
import dev.weft.engine.internal.model.Export;
import dev.weft.engine.internal.model.Import;
import dev.weft.engine.internal.model.Limits;
import dev.weft.engine.internal.model.ModuleInfo;
import dev.weft.engine.internal.runtime.PublicTypes;
import dev.weft.engine.internal.text.Wat;
import dev.weft.engine.internal.validate.TypeContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A decoded, validated and compiled WebAssembly module. Immutable and thread-safe: instantiate it
 * as many times as needed with a {@link Linker}.
 * <pre>{@code
 * Module module = Module.fromBinary(engine, Files.readAllBytes(Path.of("lib.wasm")));
 * for (ImportType i : module.imports()) System.out.println(i.module() + "." + i.name() + ": " + i.type());
 * }</pre>
 */
public final class Module {
    private final Engine engine;
    private final Instantiator.Compiled compiled;
    private final List<ImportType> imports;
    private final List<ExportType> exports;

    private Module(Engine engine, Instantiator.Compiled compiled) {
        this.engine = engine;
        this.compiled = compiled;
        ModuleInfo m = compiled.module().module();
        TypeContext types = compiled.module().types();
        List<ImportType> is = new ArrayList<>();
        for (Import i : m.imports()) {
            ExternType t = switch (i.kind()) {
                case FUNC -> PublicTypes.toPublic(m.types().get(i.typeIndex()).func(), types);
                case TABLE -> tableType(i.table(), types);
                case MEMORY -> memoryType(i.memory().limits());
                case GLOBAL -> new GlobalType(PublicTypes.toPublic(i.global().type(), types), i.global().mutable());
                case TAG -> new TagType(PublicTypes.toPublic(m.types().get(i.typeIndex()).func(), types));
            };
            is.add(new ImportType(i.module(), i.name(), t));
        }
        this.imports = List.copyOf(is);
        List<ExportType> es = new ArrayList<>();
        for (Export e : m.exports()) {
            ExternType t = switch (e.kind()) {
                case FUNC -> PublicTypes.toPublic(m.funcType(e.index()), types);
                case TABLE -> tableType(m.tableTypes().get(e.index()), types);
                case MEMORY -> memoryType(m.memoryTypes().get(e.index()).limits());
                case GLOBAL -> {
                    var g = m.globalTypes().get(e.index());
                    yield new GlobalType(PublicTypes.toPublic(g.type(), types), g.mutable());
                }
                case TAG -> new TagType(PublicTypes.toPublic(
                        m.types().get(m.tagTypes().get(e.index()).typeIndex()).func(), types));
            };
            es.add(new ExportType(e.name(), t));
        }
        this.exports = List.copyOf(es);
    }

    private static TableType tableType(dev.weft.engine.internal.model.TableType t, TypeContext types) {
        Limits l = t.limits();
        return new TableType(PublicTypes.toPublic(t.elemType(), types), l.min(), l.max(), l.is64());
    }

    private static MemoryType memoryType(Limits l) { return new MemoryType(l.min(), l.max(), l.is64(), l.shared()); }

    /**
     * Decodes, validates and compiles a binary module. Throws {@link MalformedModuleException} or
     * {@link InvalidModuleException}.
     */
    public static Module fromBinary(Engine engine, byte[] wasm) {
        if (engine == null) throw new NullPointerException("engine");
        ModuleInfo info = ModuleDecoder.decode(wasm);
        return new Module(engine, Instantiator.compile(info));
    }

    /**
     * Compiles a module in the text format ({@code (module ...)}). Text errors throw
     * {@link MalformedModuleException}.
     */
    public static Module fromText(Engine engine, String wat) {
        return fromBinary(engine, Wat.toBinary(wat));
    }

    public Engine engine() { return engine; }

    /** The imports, in declaration order. */
    public List<ImportType> imports() { return imports; }

    /** The exports, in declaration order. */
    public List<ExportType> exports() { return exports; }

    Instantiator.Compiled compiled() { return compiled; }
}
