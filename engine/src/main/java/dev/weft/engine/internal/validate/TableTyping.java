package dev.weft.engine.internal.validate;

import dev.weft.engine.internal.decode.CodeReader;
import dev.weft.engine.internal.decode.Op;
import dev.weft.engine.internal.model.TableType;
import dev.weft.engine.internal.model.ValType;

/** Typing of the table instructions (table.get/set/size/grow/fill/copy/init, elem.drop); table64 aware. */
final class TableTyping {
    private TableTyping() {}

    /** Applies the typing of {@code op} if it is a table instruction; returns false otherwise. */
    static boolean step(FunctionValidator v, CodeReader r, int op) {
        switch (op) {
            case Op.TABLE_GET -> {
                TableType t = v.table(r.a);
                v.popValue(FunctionValidator.addr(t));
                v.pushValue(t.elemType());
            }
            case Op.TABLE_SET -> {
                TableType t = v.table(r.a);
                v.popValue(t.elemType());
                v.popValue(FunctionValidator.addr(t));
            }
            case Op.TABLE_SIZE -> v.pushValue(FunctionValidator.addr(v.table(r.a)));
            case Op.TABLE_GROW -> {
                TableType t = v.table(r.a);
                v.popValue(FunctionValidator.addr(t));
                v.popValue(t.elemType());
                v.pushValue(FunctionValidator.addr(t));
            }
            case Op.TABLE_FILL -> {
                TableType t = v.table(r.a);
                v.popValue(FunctionValidator.addr(t));
                v.popValue(t.elemType());
                v.popValue(FunctionValidator.addr(t));
            }
            case Op.TABLE_COPY -> {
                TableType dst = v.table(r.a);
                TableType src = v.table(r.b);
                if (!v.types().isSubtype(src.elemType(), dst.elemType())) {
                    throw v.fail("type mismatch: source element type " + FunctionValidator.name(src.elemType())
                            + " does not match destination element type " + FunctionValidator.name(dst.elemType()));
                }
                boolean both64 = dst.limits().is64() && src.limits().is64();
                v.popValue(both64 ? ValType.I64 : ValType.I32);
                v.popValue(FunctionValidator.addr(src));
                v.popValue(FunctionValidator.addr(dst));
            }
            case Op.TABLE_INIT -> {
                TableType t = v.table(r.b);
                ValType et = v.elemType(r.a);
                if (!v.types().isSubtype(et, t.elemType())) {
                    throw v.fail("type mismatch: element segment's type " + FunctionValidator.name(et)
                            + " does not match table's element type " + FunctionValidator.name(t.elemType()));
                }
                v.popValue(ValType.I32);
                v.popValue(ValType.I32);
                v.popValue(FunctionValidator.addr(t));
            }
            case Op.ELEM_DROP -> v.elemType(r.a);
            default -> {
                return false;
            }
        }
        return true;
    }
}
