package dev.weft.component.fuzz;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.Component;
import dev.weft.component.wit.Wit;
import dev.weft.component.wit.WitException;
import dev.weft.engine.Engine;
import dev.weft.engine.WasmException;
import org.junit.jupiter.api.Test;

/** Deeply nested types, instance types and components: a clear error naming the depth limit, never a StackOverflowError. */
class DeepNestingTest {
    private static final Engine ENGINE = Engine.create();

    private static String repeat(String s, int n) { return s.repeat(n); }

    private static void textRejected(String text, String message) {
        WasmException e = assertThrows(WasmException.class, () -> Component.fromText(ENGINE, text));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    private static void witRejected(String text, String message) {
        WitException e = assertThrows(WitException.class, () -> Wit.parseString(text, "deep.wit"));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void inlineListsInText() {
        int n = 5_000;
        // the text encoder names each inline list as a type of its own; the binary's depth limit then
        // applies (or, on a small thread stack, the text reader's "nesting too deep")
        textRejected("(component (type " + repeat("(list ", n) + "u8" + repeat(")", n) + "))", "too deep");
    }

    @Test
    void nestedInstanceTypesInText() {
        int n = 4_000;
        textRejected("(component (type " + repeat("(instance (export \"i\" (instance ", n) + repeat(")))", n) + "))", "too deep");
    }

    @Test
    void nestedComponentsInText() {
        int n = 4_000;
        textRejected(repeat("(component ", n) + repeat(")", n), "too deep");
    }

    @Test
    void inlineListsInWit() {
        int n = 100_000;
        witRejected("package a:b; interface i { type t = " + repeat("list<", n) + "u8" + repeat(">", n) + "; }", "too deep");
    }

    @Test
    void chainedTypeAliasesInWit() {
        StringBuilder b = new StringBuilder("package a:b; interface i { type t0 = u8;\n");
        for (int i = 1; i < 100_000; i++) b.append("type t").append(i).append(" = list<t").append(i - 1).append(">;\n");
        witRejected(b.append('}').toString(), "too deep");
    }

    @Test
    void nestedRecordsViaAliasesInWit() {
        StringBuilder b = new StringBuilder("package a:b; interface i { record r0 { x: u8 }\n");
        for (int i = 1; i < 100_000; i++) b.append("record r").append(i).append(" { x: option<r").append(i - 1).append("> }\n");
        witRejected(b.append('}').toString(), "too deep");
    }
}
