package dev.weft.engine.internal.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A decoded (not yet validated) module: the sections of the binary, in index-space form.
 *
 * <p>Index spaces put imports first, as the spec does: {@link #funcTypes()} has one type index per
 * function (imported, then defined), and likewise {@link #tableTypes()}, {@link #memoryTypes()},
 * {@link #globalTypes()} and {@link #tagTypes()} cover imported and defined entities.
 * {@link #code()} lines up with the defined functions only (index {@code i} is function
 * {@code numImportedFuncs() + i}).
 */
public record ModuleInfo(
        List<SubType> types,
        List<Import> imports,
        int[] funcTypes,
        List<Table> tables,
        List<MemoryType> memories,
        List<Global> globals,
        List<TagType> tags,
        List<Export> exports,
        int start,
        List<ElemSegment> elems,
        int dataCount,
        List<FunctionBody> code,
        List<DataSegment> datas,
        List<CustomSection> customs,
        Names names) {

    /** {@code start} when there is no start function. */
    public static final int NO_START = -1;
    /** {@code dataCount} when there is no data count section. */
    public static final int NO_DATA_COUNT = -1;

    public int numImportedFuncs() { return countImports(ExternKind.FUNC); }

    public int numImportedTables() { return countImports(ExternKind.TABLE); }

    public int numImportedMemories() { return countImports(ExternKind.MEMORY); }

    public int numImportedGlobals() { return countImports(ExternKind.GLOBAL); }

    public int numImportedTags() { return countImports(ExternKind.TAG); }

    private int countImports(ExternKind kind) {
        int n = 0;
        for (Import i : imports) if (i.kind() == kind) n++;
        return n;
    }

    /** The function type of function {@code funcIndex} (imported or defined). */
    public CompositeType.Func funcType(int funcIndex) {
        return types.get(funcTypes[funcIndex]).func();
    }

    /** Table types of the whole table index space (imports first). */
    public List<TableType> tableTypes() {
        List<TableType> out = new ArrayList<>();
        for (Import i : imports) if (i.kind() == ExternKind.TABLE) out.add(i.table());
        for (Table t : tables) out.add(t.type());
        return out;
    }

    /** Memory types of the whole memory index space (imports first). */
    public List<MemoryType> memoryTypes() {
        List<MemoryType> out = new ArrayList<>();
        for (Import i : imports) if (i.kind() == ExternKind.MEMORY) out.add(i.memory());
        out.addAll(memories);
        return out;
    }

    /** Global types of the whole global index space (imports first). */
    public List<GlobalType> globalTypes() {
        List<GlobalType> out = new ArrayList<>();
        for (Import i : imports) if (i.kind() == ExternKind.GLOBAL) out.add(i.global());
        for (Global g : globals) out.add(g.type());
        return out;
    }

    /** Tag types of the whole tag index space (imports first). */
    public List<TagType> tagTypes() {
        List<TagType> out = new ArrayList<>();
        for (Import i : imports) if (i.kind() == ExternKind.TAG) out.add(new TagType(i.typeIndex()));
        out.addAll(tags);
        return out;
    }
}
