package dev.weft.engine.internal.validate;

import dev.weft.engine.InvalidModuleException;
import dev.weft.engine.internal.model.CompositeType;
import dev.weft.engine.internal.model.CompositeType.FieldType;
import dev.weft.engine.internal.model.HeapType;
import dev.weft.engine.internal.model.SubType;
import dev.weft.engine.internal.model.ValType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypeContextTest {

    /** Builds a type section from rec groups given as lists of sub types (group positions filled in). */
    static List<SubType> section(List<List<SubType>> groups) {
        List<SubType> out = new ArrayList<>();
        for (List<SubType> g : groups) {
            int start = out.size();
            for (SubType st : g) {
                out.add(new SubType(st.isFinal(), st.supertypes(), st.composite(), start, g.size()));
            }
        }
        return out;
    }

    static SubType sub(boolean isFinal, int[] supers, CompositeType c) {
        return new SubType(isFinal, supers, c, 0, 1);
    }

    static SubType plain(CompositeType c) { return sub(true, new int[0], c); }

    static CompositeType.Func func(List<ValType> params, List<ValType> results) {
        return new CompositeType.Func(params, results);
    }

    static CompositeType.Struct struct(FieldType... fields) { return new CompositeType.Struct(List.of(fields)); }

    static FieldType imm(ValType t) { return new FieldType(t, false); }

    static FieldType mut(ValType t) { return new FieldType(t, true); }

    static ValType ref(int heap) { return ValType.ref(false, heap); }

    static ValType refNull(int heap) { return ValType.ref(true, heap); }

    @Test
    void identicalFunctionTypesShareOneCanonicalInstanceAcrossModules() {
        TypeContext a = TypeContext.of(section(List.of(List.of(plain(func(List.of(ValType.I32), List.of()))))));
        TypeContext b = TypeContext.of(section(List.of(
                List.of(plain(func(List.of(), List.of()))),
                List.of(plain(func(List.of(ValType.I32), List.of()))))));
        assertSame(a.canonical(0), b.canonical(1));
        assertNotSame(b.canonical(0), b.canonical(1));
    }

    @Test
    void recursiveGroupsAreEquivalentIffStructurallyEqualRelativeToTheGroup() {
        // (rec (type $a (struct (field (ref null $b)))) (type $b (struct (field (ref null $a)))))
        List<SubType> g1 = List.of(plain(struct(imm(refNull(1)))), plain(struct(imm(refNull(0)))));
        // same group, shifted by one preceding type
        List<SubType> g2 = List.of(plain(struct(imm(refNull(2)))), plain(struct(imm(refNull(1)))));
        TypeContext a = TypeContext.of(section(List.of(g1)));
        TypeContext b = TypeContext.of(section(List.of(List.of(plain(func(List.of(), List.of()))), g2)));
        assertSame(a.canonical(0), b.canonical(1));
        assertSame(a.canonical(1), b.canonical(2));
        // the two members of one group are distinct even though they look alike
        assertNotSame(a.canonical(0), a.canonical(1));
    }

    @Test
    void separateSingletonGroupsDifferFromOneJointGroup() {
        List<SubType> joint = List.of(plain(struct()), plain(struct()));
        TypeContext a = TypeContext.of(section(List.of(joint)));
        TypeContext b = TypeContext.of(section(List.of(List.of(plain(struct())), List.of(plain(struct())))));
        assertNotSame(a.canonical(0), b.canonical(0));
        assertSame(b.canonical(0), b.canonical(1));
    }

    @Test
    void declaredSupertypesGiveConstantTimeSubtypeChecks() {
        TypeContext c = TypeContext.of(section(List.of(
                List.of(sub(false, new int[0], struct())),
                List.of(sub(false, new int[] {0}, struct(imm(ValType.I32)))),
                List.of(sub(true, new int[] {1}, struct(imm(ValType.I32), mut(ValType.I64)))))));
        assertTrue(c.canonical(2).isSubtypeOf(c.canonical(0)));
        assertTrue(c.canonical(2).isSubtypeOf(c.canonical(1)));
        assertFalse(c.canonical(0).isSubtypeOf(c.canonical(2)));
        assertTrue(c.isSubtype(ref(2), refNull(0)));
        assertFalse(c.isSubtype(refNull(2), ref(0)));
        assertTrue(c.isSubtype(ref(1), ValType.STRUCTREF));
        assertTrue(c.isSubtype(ref(1), ValType.EQREF));
        assertFalse(c.isSubtype(ref(1), ValType.FUNCREF));
        assertTrue(c.isSubtype(ValType.NULLREF, refNull(2)));
        assertFalse(c.isSubtype(ValType.NULLFUNCREF, refNull(2)));
    }

    @Test
    void abstractHeapHierarchies() {
        TypeContext c = TypeContext.EMPTY;
        assertTrue(c.isSubtype(ValType.I31REF, ValType.ANYREF));
        assertTrue(c.isSubtype(ValType.NULLREF, ValType.I31REF));
        assertFalse(c.isSubtype(ValType.ANYREF, ValType.EQREF));
        assertFalse(c.isSubtype(ValType.EXTERNREF, ValType.ANYREF));
        assertTrue(c.isSubtype(ValType.NULLEXTERNREF, ValType.EXTERNREF));
        assertTrue(c.isSubtype(ValType.NULLEXNREF, ValType.EXNREF));
        assertFalse(c.isSubtype(ValType.FUNCREF, ValType.ANYREF));
        assertTrue(c.isSubtype(ValType.BOT, ValType.I32));
        assertTrue(c.isSubtype(ValType.ref(false, TypeContext.BOT_HEAP), ValType.ref(false, HeapType.I31)));
        assertFalse(c.isSubtype(ValType.I32, ValType.I64));
    }

    @Test
    void finalSupertypeIsRejected() {
        var e = assertThrows(InvalidModuleException.class, () -> TypeContext.of(section(List.of(
                List.of(plain(struct())),
                List.of(sub(true, new int[] {0}, struct()))))));
        assertTrue(e.reason().startsWith("sub type"), e.reason());
    }

    @Test
    void mismatchingSupertypeIsRejected() {
        // a mutable field may not be refined covariantly
        var e = assertThrows(InvalidModuleException.class, () -> TypeContext.of(section(List.of(
                List.of(sub(false, new int[0], struct(mut(ValType.ANYREF)))),
                List.of(sub(true, new int[] {0}, struct(mut(ValType.EQREF))))))));
        assertTrue(e.reason().startsWith("sub type"), e.reason());
        // function results are covariant, params contravariant
        TypeContext ok = TypeContext.of(section(List.of(
                List.of(sub(false, new int[0], func(List.of(ValType.EQREF), List.of(ValType.ANYREF)))),
                List.of(sub(true, new int[] {0}, func(List.of(ValType.ANYREF), List.of(ValType.EQREF)))))));
        assertTrue(ok.canonical(1).isSubtypeOf(ok.canonical(0)));
        assertThrows(InvalidModuleException.class, () -> TypeContext.of(section(List.of(
                List.of(sub(false, new int[0], func(List.of(ValType.ANYREF), List.of()))),
                List.of(sub(true, new int[] {0}, func(List.of(ValType.EQREF), List.of())))))));
    }

    @Test
    void forwardReferenceOutsideTheGroupIsUnknownType() {
        var e = assertThrows(InvalidModuleException.class, () -> TypeContext.of(section(List.of(
                List.of(plain(struct(imm(refNull(1))))),
                List.of(plain(struct()))))));
        assertEquals("unknown type 1", e.reason());
    }

    @Test
    void subtypesAcrossModulesUseCanonicalTypes() {
        List<List<SubType>> groups = List.of(
                List.of(sub(false, new int[0], struct())),
                List.of(sub(false, new int[] {0}, struct(imm(ValType.I32)))));
        TypeContext a = TypeContext.of(section(groups));
        TypeContext b = TypeContext.of(section(groups));
        assertTrue(TypeContext.isSubtype(ref(1), a, refNull(0), b));
        assertFalse(TypeContext.isSubtype(ref(0), a, refNull(1), b));
        assertTrue(TypeContext.equivalent(ref(1), a, ref(1), b));
    }

    @Test
    void concurrentInterningAgreesOnOneInstance() throws Exception {
        // a struct type unlikely to be interned by any other test
        List<SubType> section = section(List.of(List.of(plain(struct(imm(ValType.F64), imm(ValType.F32),
                mut(ValType.I64), imm(ValType.V128), mut(ValType.I8))))));
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            List<java.util.concurrent.Future<CanonicalType>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) results.add(pool.submit(() -> TypeContext.of(section).canonical(0)));
            CanonicalType first = results.getFirst().get();
            for (var f : results) assertSame(first, f.get());
        }
    }

    @Test
    void canonicalTypesKnowTheirRecGroup() {
        List<SubType> g = List.of(plain(struct(imm(refNull(1)))), plain(struct(imm(refNull(0)))));
        TypeContext c = TypeContext.of(section(List.of(g)));
        assertEquals(2, c.canonical(1).recGroupSize());
        assertEquals(1, c.canonical(1).indexInRecGroup());
        assertSame(c.canonical(0), c.canonical(1).recGroupMember(0));
    }
}
