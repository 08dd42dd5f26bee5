package dev.weft.engine.internal.runtime;

import dev.weft.engine.ExnRef;
import dev.weft.engine.Tag;
import dev.weft.engine.V128;
import dev.weft.engine.internal.model.ValType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A thrown wasm exception: its tag and the payload in slot form ({@link #prims} and {@link #refs}
 * are parallel, one entry per slot, v128 taking two).
 */
public final class ExceptionObject implements ExnRef {
    public final TagInstance tag;
    public final long[] prims;
    public final Object[] refs;

    public ExceptionObject(TagInstance tag, long[] prims, Object[] refs) {
        this.tag = tag;
        this.prims = prims;
        this.refs = refs;
    }

    @Override
    public Tag tag() { return tag; }

    @Override
    public List<Object> payload() {
        List<Object> out = new ArrayList<>();
        int slot = 0;
        for (ValType t : tag.func().params()) {
            switch (t.kind()) {
                case REF -> out.add(refs[slot]);
                case V128 -> out.add(new V128(prims[slot], prims[slot + 1]));
                default -> out.add(Values.boxNumber(t, prims[slot]));
            }
            slot += t.slots();
        }
        return Collections.unmodifiableList(out);
    }

    @Override
    public String toString() { return "exception " + tag.func(); }
}
