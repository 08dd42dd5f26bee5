package dev.weft.conformance;

import dev.weft.engine.FuncType;
import dev.weft.engine.Global;
import dev.weft.engine.GlobalType;
import dev.weft.engine.Linker;
import dev.weft.engine.Memory;
import dev.weft.engine.MemoryType;
import dev.weft.engine.Table;
import dev.weft.engine.TableType;
import dev.weft.engine.ValueType;
import java.util.List;

/** The {@code spectest} host module that the official scripts import (values as the spec's harness defines). */
final class SpecTestHost {
    private SpecTestHost() {}

    static void define(Linker linker) {
        FuncType none = FuncType.of(List.of(), List.of());
        linker.func("spectest", "print", none, args -> new Object[0]);
        for (ValueType t : List.of(ValueType.I32, ValueType.I64, ValueType.F32, ValueType.F64)) {
            linker.func("spectest", "print_" + t, FuncType.of(List.of(t), List.of()), args -> new Object[0]);
        }
        linker.func("spectest", "print_i32_f32",
                FuncType.of(List.of(ValueType.I32, ValueType.F32), List.of()), args -> new Object[0]);
        linker.func("spectest", "print_f64_f64",
                FuncType.of(List.of(ValueType.F64, ValueType.F64), List.of()), args -> new Object[0]);
        linker.define("spectest", "global_i32", Global.create(new GlobalType(ValueType.I32, false), 666));
        linker.define("spectest", "global_i64", Global.create(new GlobalType(ValueType.I64, false), 666L));
        linker.define("spectest", "global_f32", Global.create(new GlobalType(ValueType.F32, false), 666.6f));
        linker.define("spectest", "global_f64", Global.create(new GlobalType(ValueType.F64, false), 666.6));
        linker.define("spectest", "table", Table.create(new TableType(ValueType.FUNCREF, 10, 20, false), null));
        linker.define("spectest", "table64", Table.create(new TableType(ValueType.FUNCREF, 10, 20, true), null));
        linker.define("spectest", "memory", Memory.create(new MemoryType(1, 2, false)));
    }
}
