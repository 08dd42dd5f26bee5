package dev.weft.engine.internal.validate;

import dev.weft.engine.InvalidModuleException;
import dev.weft.engine.internal.decode.Op;
import dev.weft.engine.internal.model.CompositeType;
import dev.weft.engine.internal.model.HeapType;
import dev.weft.engine.internal.model.ValType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.weft.engine.internal.validate.TestModule.ops;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GcTypingTest {
    private static final int ANY = 0x6E;
    private static final int EQ = 0x6D;
    private static final int I31 = 0x6C;
    private static final int FUNC = 0x70;
    private static final int EMPTY = 0x40;
    private static final int REF_NULL_PREFIX = 0x63;

    private static void valid(TestModule m) { ModuleValidator.validate(m.build(), null); }

    private static void invalid(String prefix, TestModule m) {
        var e = assertThrows(InvalidModuleException.class, () -> ModuleValidator.validate(m.build(), null));
        assertTrue(e.reason().startsWith(prefix), () -> "expected '" + prefix + "' but got: " + e.getMessage());
    }

    private static TestModule fn(List<ValType> params, List<ValType> results, byte[] body) {
        TestModule m = new TestModule();
        m.func(m.funcType(params, results), List.of(), body);
        return m;
    }

    @Test
    void castsStayWithinOneHierarchy() {
        // ref.test (ref i31) on an anyref
        valid(fn(List.of(ValType.ANYREF), List.of(ValType.I32), ops(Op.LOCAL_GET, 0, Op.REF_TEST, I31, Op.END)));
        // ref.cast (ref null i31) yields a nullable i31ref
        valid(fn(List.of(ValType.EQREF), List.of(ValType.I31REF), ops(Op.LOCAL_GET, 0, Op.REF_CAST_NULL, I31, Op.END)));
        // a funcref is not in the any hierarchy
        invalid("type mismatch", fn(List.of(ValType.FUNCREF), List.of(ValType.I32),
                ops(Op.LOCAL_GET, 0, Op.REF_TEST, I31, Op.END)));
    }

    @Test
    void brOnCastBranchesWithTheTargetAndFallsThroughWithTheRest() {
        // block (result i31ref) local.get 0 br_on_cast 0 anyref (ref i31) ; leaves anyref ; drop ; ref.null i31 end
        byte[] body = ops(Op.BLOCK, REF_NULL_PREFIX, I31, Op.LOCAL_GET, 0, Op.BR_ON_CAST, 0b01, 0, ANY, I31,
                Op.DROP, Op.REF_NULL, I31, Op.END, Op.END);
        valid(fn(List.of(ValType.ANYREF), List.of(ValType.I31REF), body));
        // the target must be a subtype of the source
        byte[] bad = ops(Op.BLOCK, REF_NULL_PREFIX, I31, Op.LOCAL_GET, 0, Op.BR_ON_CAST, 0b01, 0, EQ, FUNC,
                Op.DROP, Op.REF_NULL, I31, Op.END, Op.END);
        invalid("type mismatch", fn(List.of(ValType.ANYREF), List.of(ValType.I31REF), bad));
        // br_on_cast_fail sends the source (minus null if the target is nullable) to the label
        byte[] onFail = ops(Op.BLOCK, REF_NULL_PREFIX, ANY, Op.LOCAL_GET, 0, Op.BR_ON_CAST_FAIL, 0b01, 0, ANY, I31,
                Op.END, Op.END);
        valid(fn(List.of(ValType.ANYREF), List.of(ValType.ANYREF), onFail));
    }

    @Test
    void arraysCheckMutabilityDefaultabilityAndElementTypes() {
        TestModule m = new TestModule();
        int arr = m.type(new CompositeType.Array(new CompositeType.FieldType(ValType.I16, true)));
        int ft = m.funcType(List.of(), List.of(ValType.I32));
        // array.new_fixed 3 of i16 (operands are i32), then array.get_s
        m.func(ft, List.of(), ops(Op.I32_CONST, 1, Op.I32_CONST, 2, Op.I32_CONST, 3, Op.ARRAY_NEW_FIXED, arr, 3,
                Op.I32_CONST, 0, Op.ARRAY_GET_S, arr, Op.END));
        valid(m);

        TestModule imm = new TestModule();
        int a2 = imm.type(new CompositeType.Array(new CompositeType.FieldType(ValType.I32, false)));
        imm.func(imm.funcType(List.of(ValType.ref(true, a2)), List.of()), List.of(),
                ops(Op.LOCAL_GET, 0, Op.I32_CONST, 0, Op.I32_CONST, 0, Op.ARRAY_SET, a2, Op.END));
        invalid("immutable array", imm);

        TestModule nd = new TestModule();
        int a3 = nd.type(new CompositeType.Array(new CompositeType.FieldType(ValType.ref(false, HeapType.ANY), true)));
        nd.func(nd.funcType(List.of(), List.of(ValType.ref(false, a3))), List.of(),
                ops(Op.I32_CONST, 1, Op.ARRAY_NEW_DEFAULT, a3, Op.END));
        invalid("array type is not defaultable", nd);

        TestModule fixedTooFew = new TestModule();
        int a4 = fixedTooFew.type(new CompositeType.Array(new CompositeType.FieldType(ValType.I32, true)));
        fixedTooFew.func(fixedTooFew.funcType(List.of(), List.of(ValType.ref(false, a4))), List.of(),
                ops(Op.I32_CONST, 1, Op.ARRAY_NEW_FIXED, a4, 2, Op.END));
        invalid("type mismatch", fixedTooFew);
    }

    @Test
    void externConversionsKeepNullability() {
        ValType nonNullExtern = ValType.ref(false, HeapType.EXTERN);
        valid(fn(List.of(nonNullExtern), List.of(ValType.ref(false, HeapType.ANY)),
                ops(Op.LOCAL_GET, 0, Op.ANY_CONVERT_EXTERN, Op.END)));
        invalid("type mismatch", fn(List.of(ValType.EXTERNREF), List.of(ValType.ref(false, HeapType.ANY)),
                ops(Op.LOCAL_GET, 0, Op.ANY_CONVERT_EXTERN, Op.END)));
    }

    @Test
    void i31AndRefEq() {
        valid(fn(List.of(), List.of(ValType.I32), ops(Op.I32_CONST, 5, Op.REF_I31, Op.I31_GET_U, Op.END)));
        valid(fn(List.of(ValType.EQREF, ValType.I31REF), List.of(ValType.I32),
                ops(Op.LOCAL_GET, 0, Op.LOCAL_GET, 1, Op.REF_EQ, Op.END)));
        invalid("type mismatch", fn(List.of(ValType.ANYREF, ValType.I31REF), List.of(ValType.I32),
                ops(Op.LOCAL_GET, 0, Op.LOCAL_GET, 1, Op.REF_EQ, Op.END)));
    }

    @Test
    void nullBranchesRefineNullability() {
        // block br_on_null 0 leaves a non-null ref: (ref any) result
        valid(fn(List.of(ValType.ANYREF), List.of(ValType.ref(false, HeapType.ANY)),
                ops(Op.BLOCK, EMPTY, Op.LOCAL_GET, 0, Op.BR_ON_NULL, 0, Op.RETURN, Op.END, Op.UNREACHABLE, Op.END)));
        // br_on_non_null needs a reference-typed label
        invalid("type mismatch", fn(List.of(ValType.ANYREF), List.of(),
                ops(Op.BLOCK, EMPTY, Op.LOCAL_GET, 0, Op.BR_ON_NON_NULL, 0, Op.END, Op.END)));
    }
}
