package dev.weft.engine.internal.runtime;

import dev.weft.engine.internal.model.CompositeType;
import dev.weft.engine.internal.model.ValType;
import java.util.List;

/** Where each field of a struct type lives in a {@link StructObject}. */
public final class StructLayout {
    /** Per field: index into {@code prims} (number/v128 fields) or {@code refs} (reference fields). */
    public final int[] slot;
    /** Per field: the storage type. */
    public final ValType[] storage;
    public final int primCount;
    public final int refCount;

    public StructLayout(CompositeType.Struct s) {
        List<CompositeType.FieldType> fields = s.fields();
        slot = new int[fields.size()];
        storage = new ValType[fields.size()];
        int p = 0;
        int r = 0;
        for (int i = 0; i < fields.size(); i++) {
            ValType t = fields.get(i).storage();
            storage[i] = t;
            if (t.isRef()) {
                slot[i] = r++;
            } else {
                slot[i] = p;
                p += t.slots();
            }
        }
        primCount = p;
        refCount = r;
    }
}
