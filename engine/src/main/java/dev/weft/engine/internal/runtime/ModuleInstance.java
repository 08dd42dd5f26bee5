package dev.weft.engine.internal.runtime;

import dev.weft.engine.EngineConfig;
import dev.weft.engine.internal.model.CompositeType;
import dev.weft.engine.internal.validate.CanonicalType;
import dev.weft.engine.internal.validate.TypeContext;

/**
 * The runtime state of one instantiated module, indexed like the module's index spaces (imports
 * first). The interpreter reads these arrays directly.
 */
public final class ModuleInstance {
    public final EngineConfig config;
    public final TypeContext typeContext;
    /** Canonical type of each type index. */
    public final CanonicalType[] types;
    public FunctionInstance[] funcs;
    public MemoryInstance[] memories;
    /** Memory 0 (or null), cached for the interpreter's fast path. */
    public MemoryInstance mem0;
    public TableInstance[] tables;
    public GlobalInstance[] globals;
    public TagInstance[] tags;
    /** Element segments' values; a dropped segment becomes empty. */
    public Object[][] elems;
    /** Data segments' bytes; a dropped segment becomes empty. */
    public byte[][] datas;
    /** Function names from the name section (by function index), for trap locations. */
    public java.util.Map<Integer, String> funcNames = java.util.Map.of();

    /** Per type index: the layout of struct types (null for others). */
    public final StructLayout[] structLayouts;
    /** Per type index: the {@link ArrayObject} storage kind of array types (-1 for others). */
    public final int[] arrayKinds;

    public ModuleInstance(EngineConfig config, TypeContext typeContext) {
        this.config = config;
        this.typeContext = typeContext;
        int n = typeContext.size();
        this.types = new CanonicalType[n];
        this.structLayouts = new StructLayout[n];
        this.arrayKinds = new int[n];
        for (int i = 0; i < n; i++) {
            types[i] = typeContext.canonical(i);
            arrayKinds[i] = -1;
            switch (typeContext.composite(i)) {
                case CompositeType.Struct st -> structLayouts[i] = new StructLayout(st);
                case CompositeType.Array at -> arrayKinds[i] = ArrayObject.kindOf(at.element().storage());
                case CompositeType.Func f -> { }
            }
        }
    }
}
