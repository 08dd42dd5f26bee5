package dev.weft.engine.internal.validate;

import dev.weft.engine.internal.model.GlobalType;
import dev.weft.engine.internal.model.MemoryType;
import dev.weft.engine.internal.model.ModuleInfo;
import dev.weft.engine.internal.model.TableType;
import dev.weft.engine.internal.model.ValType;

/** The module-level facts instruction typing looks up, resolved once into arrays. */
final class ModuleContext {
    final ModuleInfo module;
    final TypeContext types;
    final int[] funcTypes;
    final TableType[] tables;
    final MemoryType[] memories;
    final GlobalType[] globals;
    final int[] tagTypes;
    final ValType[] elemTypes;
    final int dataCount;
    final boolean[] declaredFuncRefs;

    ModuleContext(ModuleInfo module, TypeContext types, boolean[] declaredFuncRefs) {
        this.module = module;
        this.types = types;
        this.funcTypes = module.funcTypes();
        this.tables = module.tableTypes().toArray(TableType[]::new);
        this.memories = module.memoryTypes().toArray(MemoryType[]::new);
        this.globals = module.globalTypes().toArray(GlobalType[]::new);
        this.tagTypes = module.tagTypes().stream().mapToInt(t -> t.typeIndex()).toArray();
        this.elemTypes = module.elems().stream().map(e -> e.type()).toArray(ValType[]::new);
        this.dataCount = module.dataCount() >= 0 ? module.dataCount() : module.datas().size();
        this.declaredFuncRefs = declaredFuncRefs;
    }
}
