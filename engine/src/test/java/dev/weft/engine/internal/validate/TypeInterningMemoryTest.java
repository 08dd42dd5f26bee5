package dev.weft.engine.internal.validate;

import static org.junit.jupiter.api.Assertions.assertNull;

import dev.weft.engine.internal.model.CompositeType;
import dev.weft.engine.internal.model.SubType;
import dev.weft.engine.internal.model.ValType;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The global rec-group table lets go of the types of dropped modules at once. */
class TypeInterningMemoryTest {

    /** {@code n} single-type rec groups, each a struct whose field refers to the previous type. */
    private static List<SubType> chain(int n) {
        List<SubType> types = new ArrayList<>();
        // A field type no other test uses, so that only this test's types hold the root.
        types.add(new SubType(true, new int[0], new CompositeType.Struct(List.of(
                new CompositeType.FieldType(ValType.I64, true), new CompositeType.FieldType(ValType.F32, true),
                new CompositeType.FieldType(ValType.I64, true))), types.size(), 1));
        for (int i = 1; i < n; i++) {
            types.add(new SubType(true, new int[0], new CompositeType.Struct(List.of(
                    new CompositeType.FieldType(ValType.ref(true, i - 1), false))), i, 1));
        }
        return types;
    }

    @Test
    void aChainOfRecGroupsIsFreedInOneCollectionNotOneGroupPerCollection() throws Exception {
        WeakReference<CanonicalType> root = new WeakReference<>(TypeContext.of(chain(500)).canonical(0));
        for (int round = 0; round < 5 && root.get() != null; round++) {
            System.gc();
            Thread.sleep(10);
            // Interning purges what the collector cleared.
            TypeContext.of(List.of(new SubType(true, new int[0], new CompositeType.Func(List.of(), List.of()), 0, 1)));
        }
        assertNull(root.get(), "the first type of a dropped chain is still interned");
    }
}
