package dev.weft.engine.internal.validate;

import dev.weft.engine.InvalidModuleException;
import dev.weft.engine.internal.decode.CodeReader;
import dev.weft.engine.internal.decode.Op;
import dev.weft.engine.internal.model.CompositeType;
import dev.weft.engine.internal.model.ElemSegment;
import dev.weft.engine.internal.model.ExternKind;
import dev.weft.engine.internal.model.Export;
import dev.weft.engine.internal.model.HeapType;
import dev.weft.engine.internal.model.Limits;
import dev.weft.engine.internal.model.MemoryType;
import dev.weft.engine.internal.model.TagType;
import dev.weft.engine.internal.model.ValType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.weft.engine.internal.validate.TestModule.ops;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FunctionValidatorTest {
    private static final int I32 = 0x7F;
    private static final int I64 = 0x7E;
    private static final int EMPTY = 0x40;
    private static final List<ValType> NONE = List.of();

    /** A module with one function of type params -> results, locals and body. */
    private static TestModule single(List<ValType> params, List<ValType> results, List<ValType> locals, byte[] body) {
        TestModule m = new TestModule();
        m.func(m.funcType(params, results), locals, body);
        return m;
    }

    private static void valid(TestModule m) {
        ModuleValidator.validate(m.build(), null);
    }

    private static void invalid(String reasonPrefix, TestModule m) {
        var e = assertThrows(InvalidModuleException.class, () -> ModuleValidator.validate(m.build(), null));
        assertTrue(e.reason().startsWith(reasonPrefix), () -> "expected '" + reasonPrefix + "' but got: " + e.getMessage());
    }

    @Test
    void numericOperandsMustMatch() {
        valid(single(NONE, List.of(ValType.I32), NONE, ops(Op.I32_CONST, 1, Op.I32_CONST, 2, Op.I32_ADD, Op.END)));
        invalid("type mismatch", single(NONE, List.of(ValType.I32), NONE,
                ops(Op.I32_CONST, 1, Op.I64_CONST, 2, Op.I32_ADD, Op.END)));
        invalid("type mismatch", single(NONE, NONE, NONE, ops(Op.I32_CONST, 1, Op.END)));
        invalid("type mismatch", single(NONE, List.of(ValType.I32), NONE, ops(Op.END)));
    }

    @Test
    void unreachableCodeIsStackPolymorphic() {
        valid(single(NONE, List.of(ValType.I32), NONE, ops(Op.UNREACHABLE, Op.I32_ADD, Op.END)));
        valid(single(NONE, List.of(ValType.I64), NONE, ops(Op.UNREACHABLE, Op.SELECT, Op.END)));
        // the polymorphic stack still checks the operands that are present
        invalid("type mismatch", single(NONE, List.of(ValType.I32), NONE,
                ops(Op.UNREACHABLE, Op.I64_CONST, 0, Op.I32_ADD, Op.END)));
    }

    @Test
    void blocksCheckTheirResultsAndBranches() {
        valid(single(NONE, List.of(ValType.I32), NONE,
                ops(Op.BLOCK, I32, Op.I32_CONST, 7, Op.BR, 0, Op.END, Op.END)));
        invalid("type mismatch", single(NONE, List.of(ValType.I32), NONE,
                ops(Op.BLOCK, I32, Op.I64_CONST, 7, Op.BR, 0, Op.END, Op.END)));
        invalid("unknown label", single(NONE, NONE, NONE, ops(Op.BR, 1, Op.END)));
        // if without else must not produce results it does not receive
        invalid("type mismatch", single(NONE, NONE, NONE,
                ops(Op.I32_CONST, 0, Op.IF, I32, Op.I32_CONST, 1, Op.END, Op.DROP, Op.END)));
        valid(single(NONE, List.of(ValType.I32), NONE,
                ops(Op.I32_CONST, 0, Op.IF, I32, Op.I32_CONST, 1, Op.ELSE, Op.I32_CONST, 2, Op.END, Op.END)));
    }

    @Test
    void multiValueBlockTypesUseTypeIndices() {
        TestModule m = new TestModule();
        int bt = m.funcType(List.of(ValType.I32), List.of(ValType.I32, ValType.I32));
        m.func(m.funcType(NONE, List.of(ValType.I32)), NONE,
                ops(Op.I32_CONST, 1, Op.BLOCK, bt, Op.I32_CONST, 2, Op.END, Op.I32_ADD, Op.END));
        valid(m);
    }

    @Test
    void brTableTargetsMustAgree() {
        valid(single(NONE, NONE, NONE,
                ops(Op.BLOCK, EMPTY, Op.I32_CONST, 0, Op.BR_TABLE, 1, 0, 1, Op.END, Op.END)));
        invalid("type mismatch", single(NONE, NONE, NONE,
                ops(Op.BLOCK, I32, Op.I32_CONST, 0, Op.I32_CONST, 0, Op.BR_TABLE, 1, 0, 1, Op.END, Op.DROP, Op.END)));
    }

    @Test
    void localsAreCheckedAndNonNullableOnesMustBeSetFirst() {
        invalid("unknown local", single(NONE, NONE, NONE, ops(Op.LOCAL_GET, 0, Op.DROP, Op.END)));
        ValType nonNullFunc = ValType.ref(false, HeapType.FUNC);
        TestModule m = new TestModule();
        int t = m.funcType(NONE, NONE);
        m.func(t, List.of(nonNullFunc), ops(Op.LOCAL_GET, 0, Op.DROP, Op.END));
        invalid("uninitialized local", m);

        // set inside a block: the initialization is forgotten at the block's end
        TestModule m2 = new TestModule();
        int t2 = m2.funcType(NONE, NONE);
        m2.exports.add(new Export("f", ExternKind.FUNC, 0));
        m2.func(t2, List.of(nonNullFunc), ops(Op.BLOCK, EMPTY, Op.REF_FUNC, 0, Op.LOCAL_SET, 0,
                Op.LOCAL_GET, 0, Op.DROP, Op.END, Op.LOCAL_GET, 0, Op.DROP, Op.END));
        invalid("uninitialized local", m2);

        TestModule m3 = new TestModule();
        int t3 = m3.funcType(NONE, NONE);
        m3.exports.add(new Export("f", ExternKind.FUNC, 0));
        m3.func(t3, List.of(nonNullFunc), ops(Op.REF_FUNC, 0, Op.LOCAL_SET, 0, Op.BLOCK, EMPTY,
                Op.LOCAL_GET, 0, Op.DROP, Op.END, Op.LOCAL_GET, 0, Op.DROP, Op.END));
        valid(m3);
    }

    @Test
    void refFuncNeedsADeclaration() {
        TestModule m = single(NONE, NONE, NONE, ops(Op.REF_FUNC, 0, Op.DROP, Op.END));
        invalid("undeclared function reference", m);
        m.elems.add(new ElemSegment(ElemSegment.Mode.DECLARATIVE, 0, null, ValType.FUNCREF,
                List.of(TestModule.expr(ops(Op.REF_FUNC, 0, Op.END)))));
        valid(m);
    }

    @Test
    void selectNeedsNumericOperandsOfOneType() {
        valid(single(NONE, List.of(ValType.I64), NONE,
                ops(Op.I64_CONST, 1, Op.I64_CONST, 2, Op.I32_CONST, 0, Op.SELECT, Op.END)));
        invalid("type mismatch", single(NONE, List.of(ValType.I64), NONE,
                ops(Op.I64_CONST, 1, Op.I32_CONST, 2, Op.I32_CONST, 0, Op.SELECT, Op.END)));
    }

    @Test
    void memoryAccessesCheckAlignmentAndMemory() {
        invalid("unknown memory", single(List.of(ValType.I32), List.of(ValType.I32), NONE,
                ops(Op.LOCAL_GET, 0, Op.I32_LOAD, 2, 0, Op.END)));
        TestModule m = single(List.of(ValType.I32), List.of(ValType.I32), NONE,
                ops(Op.LOCAL_GET, 0, Op.I32_LOAD, 3, 0, Op.END));
        m.memories.add(new MemoryType(new Limits(1, -1, false, false, 16)));
        invalid("alignment must not be larger than natural", m);
        // memory64 takes i64 addresses
        TestModule m64 = single(List.of(ValType.I64), List.of(ValType.I32), NONE,
                ops(Op.LOCAL_GET, 0, Op.I32_LOAD, 2, 0, Op.END));
        m64.memories.add(new MemoryType(new Limits(1, -1, true, false, 16)));
        valid(m64);
    }

    @Test
    void laneIndicesAreBounded() {
        TestModule ok = single(List.of(ValType.V128), List.of(ValType.I32), NONE,
                ops(Op.LOCAL_GET, 0, Op.I32X4_EXTRACT_LANE, 3, Op.END));
        valid(ok);
        invalid("invalid lane index", single(List.of(ValType.V128), List.of(ValType.I32), NONE,
                ops(Op.LOCAL_GET, 0, Op.I32X4_EXTRACT_LANE, 4, Op.END)));
    }

    @Test
    void tailCallsMustReturnSubtypesOfTheCallersResults() {
        TestModule m = new TestModule();
        int callee = m.funcType(NONE, List.of(ValType.I64));
        int caller = m.funcType(NONE, List.of(ValType.I32));
        m.func(callee, NONE, ops(Op.I64_CONST, 0, Op.END));
        m.func(caller, NONE, ops(Op.RETURN_CALL, 0, Op.END));
        invalid("type mismatch", m);
    }

    @Test
    void tryTableCatchClausesMustMatchTheirLabels() {
        TestModule m = new TestModule();
        int tagType = m.funcType(List.of(ValType.I32), NONE);
        m.tags.add(new TagType(tagType));
        int ft = m.funcType(NONE, List.of(ValType.I32));
        // block (result i32) try_table (catch 0 0) end unreachable end
        m.func(ft, NONE, ops(Op.BLOCK, I32, Op.TRY_TABLE, EMPTY, 1, 0, 0, 0, Op.END, Op.UNREACHABLE, Op.END, Op.END));
        valid(m);
        TestModule bad = new TestModule();
        int tt = bad.funcType(List.of(ValType.I64), NONE);
        bad.tags.add(new TagType(tt));
        int bf = bad.funcType(NONE, List.of(ValType.I32));
        bad.func(bf, NONE, ops(Op.BLOCK, I32, Op.TRY_TABLE, EMPTY, 1, 0, 0, 0, Op.END, Op.UNREACHABLE, Op.END, Op.END));
        invalid("type mismatch", bad);
    }

    @Test
    void structFieldsRespectPackingAndMutability() {
        TestModule m = new TestModule();
        int st = m.type(new CompositeType.Struct(List.of(
                new CompositeType.FieldType(ValType.I8, false), new CompositeType.FieldType(ValType.I64, true))));
        ValType ref = ValType.ref(true, st);
        int getS = m.funcType(List.of(ref), List.of(ValType.I32));
        m.func(getS, NONE, ops(Op.LOCAL_GET, 0, Op.STRUCT_GET_S, st, 0, Op.END));
        valid(m);

        TestModule packed = new TestModule();
        int st2 = packed.type(m.types.get(0).composite());
        packed.func(packed.funcType(List.of(ref), List.of(ValType.I32)), NONE,
                ops(Op.LOCAL_GET, 0, Op.STRUCT_GET, st2, 0, Op.END));
        invalid("field is packed", packed);

        TestModule immutable = new TestModule();
        int st3 = immutable.type(m.types.get(0).composite());
        immutable.func(immutable.funcType(List.of(ref), NONE), NONE,
                ops(Op.LOCAL_GET, 0, Op.I32_CONST, 0, Op.STRUCT_SET, st3, 0, Op.END));
        invalid("immutable field", immutable);

        TestModule unknown = new TestModule();
        int st4 = unknown.type(m.types.get(0).composite());
        unknown.func(unknown.funcType(List.of(ref), List.of(ValType.I64)), NONE,
                ops(Op.LOCAL_GET, 0, Op.STRUCT_GET, st4, 2, Op.END));
        invalid("unknown field", unknown);
    }

    @Test
    void listenerSeesOperandTypesAndFrames() {
        TestModule m = single(List.of(ValType.I64), List.of(ValType.I64), List.of(ValType.F32),
                ops(Op.BLOCK, I64, Op.LOCAL_GET, 0, Op.END, Op.END));
        List<String> seen = new ArrayList<>();
        ModuleValidator.validate(m.build(), (funcIndex, body) -> new FunctionListener() {
            @Override
            public void before(CodeReader r, FunctionValidator v) { }

            @Override
            public void after(CodeReader r, FunctionValidator v) {
                String top = v.stackSize() > 0 ? v.stackType(0).toString() : "-";
                seen.add(Op.name(r.opcode) + ":" + v.controlDepth() + ":" + top
                        + (v.controlDepth() > 0 ? ":" + v.frame(0).kind() : ""));
            }

            @Override
            public void finish(FunctionValidator v) {
                assertEquals(2, v.localCount());
                assertEquals(ValType.F32, v.localType(1));
                seen.add("finish");
            }
        });
        assertEquals(List.of("block:2:-:BLOCK", "local.get:2:i64:BLOCK", "end:1:i64:FUNCTION", "end:0:i64", "finish"), seen);
    }

    @Test
    void listenerGetsSlotHeightsWithV128TakingTwo() {
        TestModule m = single(List.of(ValType.V128, ValType.I32), List.of(ValType.I32), NONE,
                ops(Op.LOCAL_GET, 0, Op.LOCAL_GET, 1, Op.BLOCK, EMPTY, Op.END, Op.DROP, Op.DROP, Op.I32_CONST, 0, Op.END));
        List<Integer> slots = new ArrayList<>();
        ModuleValidator.validate(m.build(), (funcIndex, body) -> new FunctionListener() {
            @Override
            public void before(CodeReader r, FunctionValidator v) { }

            @Override
            public void after(CodeReader r, FunctionValidator v) {
                slots.add(v.stackSlots());
                if (r.opcode == Op.BLOCK) assertEquals(3, v.slotsBelow(v.frame(0).height()));
            }

            @Override
            public void finish(FunctionValidator v) { slots.add(-v.maxStackSlots()); }
        });
        assertEquals(List.of(2, 3, 3, 3, 2, 0, 1, 1, -3), slots);
    }

    @Test
    void constantExpressionsAllowOnlyConstantInstructions() {
        TestModule m = new TestModule();
        m.globals.add(new dev.weft.engine.internal.model.Global(new dev.weft.engine.internal.model.GlobalType(ValType.I32, false),
                TestModule.expr(ops(Op.I32_CONST, 1, Op.I32_CONST, 2, Op.I32_ADD, Op.END))));
        valid(m);
        TestModule bad = new TestModule();
        bad.globals.add(new dev.weft.engine.internal.model.Global(new dev.weft.engine.internal.model.GlobalType(ValType.I32, false),
                TestModule.expr(ops(Op.I32_CONST, 1, Op.I32_CONST, 2, Op.I32_DIV_S, Op.END))));
        invalid("constant expression required", bad);
        // a global may only read earlier globals
        TestModule forward = new TestModule();
        var gt = new dev.weft.engine.internal.model.GlobalType(ValType.I32, false);
        forward.globals.add(new dev.weft.engine.internal.model.Global(gt, TestModule.expr(ops(Op.GLOBAL_GET, 1, Op.END))));
        forward.globals.add(new dev.weft.engine.internal.model.Global(gt, TestModule.expr(ops(Op.I32_CONST, 0, Op.END))));
        invalid("unknown global", forward);
    }

    @Test
    void exportNamesAreUniqueAndStartHasNoParameters() {
        TestModule m = single(List.of(ValType.I32), NONE, NONE, ops(Op.END));
        m.exports.add(new Export("a", ExternKind.FUNC, 0));
        m.exports.add(new Export("a", ExternKind.FUNC, 0));
        invalid("duplicate export name", m);
        TestModule s = single(List.of(ValType.I32), NONE, NONE, ops(Op.END));
        s.start = 0;
        invalid("start function", s);
    }

    @Test
    void limitsAreChecked() {
        TestModule m = new TestModule();
        m.memories.add(new MemoryType(new Limits(2, 1, false, false, 16)));
        invalid("size minimum must not be greater than maximum", m);
        TestModule big = new TestModule();
        big.memories.add(new MemoryType(new Limits(65537, -1, false, false, 16)));
        invalid("memory size", big);
    }

    @Test
    void errorsSayWhere() {
        var e = assertThrows(InvalidModuleException.class, () -> ModuleValidator.validate(
                single(NONE, NONE, NONE, ops(Op.NOP, Op.I32_CONST, 0, Op.END)).build(), null));
        assertTrue(e.getMessage().contains("function 0, byte offset 0x"), e.getMessage());
    }
}
