package dev.weft.engine.internal.validate;

import dev.weft.engine.internal.model.CompositeType;
import dev.weft.engine.internal.model.GlobalType;
import dev.weft.engine.internal.model.Limits;
import dev.weft.engine.internal.model.MemoryType;
import dev.weft.engine.internal.model.SubType;
import dev.weft.engine.internal.model.TableType;
import dev.weft.engine.internal.model.ValType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExternTypesTest {

    private static Limits limits(long min, long max) { return new Limits(min, max, false, false, 16); }

    @Test
    void limitsMatchWhenTheProvidedRangeLiesWithinTheImportedOne() {
        assertTrue(ExternTypes.matchesLimits(limits(2, 5), limits(1, 10)));
        assertTrue(ExternTypes.matchesLimits(limits(2, -1), limits(1, -1)));
        assertFalse(ExternTypes.matchesLimits(limits(0, 5), limits(1, 10)));
        assertFalse(ExternTypes.matchesLimits(limits(2, -1), limits(1, 10)));
        assertFalse(ExternTypes.matchesLimits(limits(2, 11), limits(1, 10)));
    }

    @Test
    void memoriesNeedTheSameAddressType() {
        MemoryType m32 = new MemoryType(limits(1, -1));
        MemoryType m64 = new MemoryType(new Limits(1, -1, true, false, 16));
        assertTrue(ExternTypes.matchesMemory(m32, m32));
        assertFalse(ExternTypes.matchesMemory(m64, m32));
    }

    @Test
    void tablesNeedEquivalentElementTypes() {
        TableType funcs = new TableType(ValType.FUNCREF, limits(1, -1));
        TableType externs = new TableType(ValType.EXTERNREF, limits(1, -1));
        TableType nonNullFuncs = new TableType(ValType.ref(false, -0x70), limits(1, -1));
        TypeContext none = TypeContext.EMPTY;
        assertTrue(ExternTypes.matchesTable(funcs, none, funcs, none));
        assertFalse(ExternTypes.matchesTable(externs, none, funcs, none));
        assertFalse(ExternTypes.matchesTable(nonNullFuncs, none, funcs, none));
    }

    @Test
    void immutableGlobalsAreCovariantAndMutableOnesInvariant() {
        TypeContext none = TypeContext.EMPTY;
        assertTrue(ExternTypes.matchesGlobal(new GlobalType(ValType.I31REF, false), none,
                new GlobalType(ValType.ANYREF, false), none));
        assertFalse(ExternTypes.matchesGlobal(new GlobalType(ValType.I31REF, true), none,
                new GlobalType(ValType.ANYREF, true), none));
        assertFalse(ExternTypes.matchesGlobal(new GlobalType(ValType.I32, true), none,
                new GlobalType(ValType.I32, false), none));
    }

    @Test
    void functionsMatchThroughCanonicalSubtyping() {
        CompositeType.Func f = new CompositeType.Func(List.of(ValType.I32), List.of());
        TypeContext a = TypeContext.of(List.of(new SubType(false, new int[0], f, 0, 1),
                new SubType(true, new int[] {0}, f, 1, 1)));
        TypeContext b = TypeContext.of(List.of(new SubType(false, new int[0], f, 0, 1)));
        assertTrue(ExternTypes.matchesFunc(a.canonical(1), b.canonical(0)));
        assertFalse(ExternTypes.matchesFunc(b.canonical(0), a.canonical(1)));
        // a final type without supertypes is a different type from a non-final one
        TypeContext c = TypeContext.of(List.of(new SubType(true, new int[0], f, 0, 1)));
        assertFalse(ExternTypes.matchesFunc(c.canonical(0), b.canonical(0)));
        assertTrue(ExternTypes.matchesTag(a.canonical(0), b.canonical(0)));
    }
}
