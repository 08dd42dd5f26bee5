package dev.weft.engine.internal.validate;

import dev.weft.engine.internal.decode.CodeReader;
import dev.weft.engine.internal.decode.Op;
import dev.weft.engine.internal.model.CompositeType;
import dev.weft.engine.internal.model.HeapType;
import dev.weft.engine.internal.model.ValType;

import java.util.List;

/** Typing of the GC instructions: structs, arrays, i31, casts and extern conversions. */
final class GcTyping {
    private GcTyping() {}

    /** Applies the typing of {@code op} if it is a GC instruction; returns false otherwise. */
    static boolean step(FunctionValidator v, CodeReader r, int op) {
        TypeContext types = v.types();
        switch (op) {
            case Op.STRUCT_NEW -> {
                List<CompositeType.FieldType> fields = v.struct(r.a).fields();
                for (int i = fields.size() - 1; i >= 0; i--) v.popValue(fields.get(i).storage().unpacked());
                v.pushValue(ValType.ref(false, r.a));
            }
            case Op.STRUCT_NEW_DEFAULT -> {
                for (CompositeType.FieldType ft : v.struct(r.a).fields()) {
                    if (!TypeContext.isDefaultable(ft.storage())) throw v.fail("field type is not defaultable");
                }
                v.pushValue(ValType.ref(false, r.a));
            }
            case Op.STRUCT_GET, Op.STRUCT_GET_S, Op.STRUCT_GET_U -> {
                CompositeType.FieldType ft = field(v, r);
                boolean packed = ft.storage().isPacked();
                if (op == Op.STRUCT_GET && packed) throw v.fail("field is packed");
                if (op != Op.STRUCT_GET && !packed) throw v.fail("field is unpacked");
                v.popValue(ValType.ref(true, r.a));
                v.pushValue(ft.storage().unpacked());
            }
            case Op.STRUCT_SET -> {
                CompositeType.FieldType ft = field(v, r);
                if (!ft.mutable()) throw v.fail("immutable field");
                v.popValue(ft.storage().unpacked());
                v.popValue(ValType.ref(true, r.a));
            }
            case Op.ARRAY_NEW -> {
                CompositeType.FieldType ft = v.array(r.a);
                v.popValue(ValType.I32);
                v.popValue(ft.storage().unpacked());
                v.pushValue(ValType.ref(false, r.a));
            }
            case Op.ARRAY_NEW_DEFAULT -> {
                if (!TypeContext.isDefaultable(v.array(r.a).storage())) throw v.fail("array type is not defaultable");
                v.popValue(ValType.I32);
                v.pushValue(ValType.ref(false, r.a));
            }
            case Op.ARRAY_NEW_FIXED -> {
                CompositeType.FieldType ft = v.array(r.a);
                v.popRepeated(ft.storage().unpacked(), Integer.toUnsignedLong(r.b));
                v.pushValue(ValType.ref(false, r.a));
            }
            case Op.ARRAY_NEW_DATA -> {
                numericArray(v, v.array(r.a));
                v.checkData(r.b);
                v.popValue(ValType.I32);
                v.popValue(ValType.I32);
                v.pushValue(ValType.ref(false, r.a));
            }
            case Op.ARRAY_NEW_ELEM -> {
                elemFits(v, v.elemType(r.b), v.array(r.a));
                v.popValue(ValType.I32);
                v.popValue(ValType.I32);
                v.pushValue(ValType.ref(false, r.a));
            }
            case Op.ARRAY_GET, Op.ARRAY_GET_S, Op.ARRAY_GET_U -> {
                CompositeType.FieldType ft = v.array(r.a);
                boolean packed = ft.storage().isPacked();
                if (op == Op.ARRAY_GET && packed) throw v.fail("array is packed");
                if (op != Op.ARRAY_GET && !packed) throw v.fail("array is unpacked");
                v.popValue(ValType.I32);
                v.popValue(ValType.ref(true, r.a));
                v.pushValue(ft.storage().unpacked());
            }
            case Op.ARRAY_SET -> {
                CompositeType.FieldType ft = mutableArray(v, r.a);
                v.popValue(ft.storage().unpacked());
                v.popValue(ValType.I32);
                v.popValue(ValType.ref(true, r.a));
            }
            case Op.ARRAY_LEN -> {
                v.popValue(ValType.ARRAYREF);
                v.pushValue(ValType.I32);
            }
            case Op.ARRAY_FILL -> {
                CompositeType.FieldType ft = mutableArray(v, r.a);
                v.popValue(ValType.I32);
                v.popValue(ft.storage().unpacked());
                v.popValue(ValType.I32);
                v.popValue(ValType.ref(true, r.a));
            }
            case Op.ARRAY_COPY -> {
                CompositeType.FieldType dst = mutableArray(v, r.a);
                CompositeType.FieldType src = v.array(r.b);
                if (!types.isSubtype(src.storage(), dst.storage())) throw v.fail("array types do not match");
                v.popValue(ValType.I32);
                v.popValue(ValType.I32);
                v.popValue(ValType.ref(true, r.b));
                v.popValue(ValType.I32);
                v.popValue(ValType.ref(true, r.a));
            }
            case Op.ARRAY_INIT_DATA -> {
                numericArray(v, mutableArray(v, r.a));
                v.checkData(r.b);
                initArgs(v, r.a);
            }
            case Op.ARRAY_INIT_ELEM -> {
                CompositeType.FieldType ft = mutableArray(v, r.a);
                elemFits(v, v.elemType(r.b), ft);
                initArgs(v, r.a);
            }
            case Op.REF_I31 -> {
                v.popValue(ValType.I32);
                v.pushValue(ValType.ref(false, HeapType.I31));
            }
            case Op.I31_GET_S, Op.I31_GET_U -> {
                v.popValue(ValType.I31REF);
                v.pushValue(ValType.I32);
            }
            case Op.REF_TEST, Op.REF_TEST_NULL, Op.REF_CAST, Op.REF_CAST_NULL -> {
                boolean nullable = op == Op.REF_TEST_NULL || op == Op.REF_CAST_NULL;
                ValType target = ValType.ref(nullable, r.refType1.heap());
                v.checkValType(target);
                v.popValue(ValType.ref(true, types.topHeap(target.heap())));
                v.pushValue(op == Op.REF_TEST || op == Op.REF_TEST_NULL ? ValType.I32 : target);
            }
            case Op.BR_ON_CAST, Op.BR_ON_CAST_FAIL -> brOnCast(v, r, op == Op.BR_ON_CAST_FAIL);
            case Op.ANY_CONVERT_EXTERN -> convert(v, ValType.EXTERNREF, HeapType.ANY);
            case Op.EXTERN_CONVERT_ANY -> convert(v, ValType.ANYREF, HeapType.EXTERN);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static CompositeType.FieldType field(FunctionValidator v, CodeReader r) {
        List<CompositeType.FieldType> fields = v.struct(r.a).fields();
        if (r.b < 0 || r.b >= fields.size()) throw v.fail("unknown field " + Integer.toUnsignedString(r.b));
        return fields.get(r.b);
    }

    private static CompositeType.FieldType mutableArray(FunctionValidator v, int x) {
        CompositeType.FieldType ft = v.array(x);
        if (!ft.mutable()) throw v.fail("immutable array");
        return ft;
    }

    private static void numericArray(FunctionValidator v, CompositeType.FieldType ft) {
        ValType t = ft.storage().unpacked();
        if (!t.isNum() && t.kind() != ValType.Kind.V128) throw v.fail("array type is not numeric or vector");
    }

    private static void elemFits(FunctionValidator v, ValType elemType, CompositeType.FieldType ft) {
        if (!v.types().isSubtype(elemType, ft.storage().unpacked())) {
            throw v.fail("type mismatch: element segment's type " + elemType
                    + " does not match array's field type " + ft.storage());
        }
    }

    /** Operands of array.init_data/init_elem: array, destination offset, source offset, length. */
    private static void initArgs(FunctionValidator v, int x) {
        v.popValue(ValType.I32);
        v.popValue(ValType.I32);
        v.popValue(ValType.I32);
        v.popValue(ValType.ref(true, x));
    }

    private static void brOnCast(FunctionValidator v, CodeReader r, boolean onFail) {
        TypeContext types = v.types();
        ValType source = r.refType1;
        ValType target = r.refType2;
        v.checkValType(source);
        v.checkValType(target);
        if (!types.isSubtype(target, source)) {
            throw v.fail("type mismatch on cast: type " + target + " does not match " + source);
        }
        // the type that remains when the cast to target fails
        ValType rest = target.nullable() ? source.asNonNull() : source;
        ValType branched = onFail ? rest : target;
        ValType fallthrough = onFail ? target : rest;
        List<ValType> lt = v.labelTypes(r.a);
        if (lt.isEmpty() || !types.isSubtype(branched, lt.getLast())) {
            throw v.fail("type mismatch: instruction requires type " + branched + " but label has " + lt);
        }
        List<ValType> prefix = lt.subList(0, lt.size() - 1);
        v.popValue(source);
        v.popValueList(prefix);
        v.pushValueList(prefix);
        v.pushValue(fallthrough);
    }

    private static void convert(FunctionValidator v, ValType from, int toHeap) {
        ValType actual = v.popValue(from);
        boolean nullable = actual.isRef() && actual.nullable();
        v.pushValue(ValType.ref(nullable, toHeap));
    }
}
