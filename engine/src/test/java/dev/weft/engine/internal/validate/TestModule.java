package dev.weft.engine.internal.validate;

import dev.weft.engine.internal.model.CompositeType;
import dev.weft.engine.internal.model.ConstExpr;
import dev.weft.engine.internal.model.DataSegment;
import dev.weft.engine.internal.model.ElemSegment;
import dev.weft.engine.internal.model.Export;
import dev.weft.engine.internal.model.FunctionBody;
import dev.weft.engine.internal.model.Global;
import dev.weft.engine.internal.model.Import;
import dev.weft.engine.internal.model.MemoryType;
import dev.weft.engine.internal.model.ModuleInfo;
import dev.weft.engine.internal.model.Names;
import dev.weft.engine.internal.model.SubType;
import dev.weft.engine.internal.model.Table;
import dev.weft.engine.internal.model.TagType;
import dev.weft.engine.internal.model.ValType;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** Test-only builder of decoded modules, with function bodies written as opcode sequences. */
final class TestModule {
    final List<SubType> types = new ArrayList<>();
    final List<Import> imports = new ArrayList<>();
    final List<Integer> funcTypes = new ArrayList<>();
    final List<Table> tables = new ArrayList<>();
    final List<MemoryType> memories = new ArrayList<>();
    final List<Global> globals = new ArrayList<>();
    final List<TagType> tags = new ArrayList<>();
    final List<Export> exports = new ArrayList<>();
    final List<ElemSegment> elems = new ArrayList<>();
    final List<FunctionBody> code = new ArrayList<>();
    final List<DataSegment> datas = new ArrayList<>();
    int start = ModuleInfo.NO_START;

    int type(CompositeType c) {
        types.add(new SubType(true, new int[0], c, types.size(), 1));
        return types.size() - 1;
    }

    int funcType(List<ValType> params, List<ValType> results) {
        return type(new CompositeType.Func(params, results));
    }

    /** Adds a defined function whose body is {@code body} (which must end with {@code end}). */
    int func(int typeIndex, List<ValType> locals, byte[] body) {
        funcTypes.add(typeIndex);
        code.add(new FunctionBody(locals.toArray(ValType[]::new), body, 0, body.length));
        return funcTypes.size() - 1;
    }

    ModuleInfo build() {
        return new ModuleInfo(types, imports, funcTypes.stream().mapToInt(Integer::intValue).toArray(), tables,
                memories, globals, tags, exports, start, elems, ModuleInfo.NO_DATA_COUNT, code, datas, List.of(),
                Names.EMPTY);
    }

    static ConstExpr expr(byte[] code) { return new ConstExpr(code, 0); }

    /** Assembles instruction bytes: each int above 0xFF is a prefixed opcode, others are single bytes. */
    static byte[] ops(int... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int p : parts) {
            if (p > 0xFF) {
                out.write(p >>> 16);
                uleb(out, p & 0xFFFF);
            } else {
                out.write(p);
            }
        }
        return out.toByteArray();
    }

    private static void uleb(ByteArrayOutputStream out, int v) {
        do {
            int b = v & 0x7F;
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
    }
}
