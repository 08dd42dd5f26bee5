package dev.weft.engine.internal.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.engine.MalformedModuleException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SExprReaderTest {
    private static String reason(String src) {
        return assertThrows(MalformedModuleException.class, () -> SExprReader.readModule(src)).reason();
    }

    @Test
    void commentsNestAndAnnotationsAreDropped() {
        List<SExpr> top = SExprReader.read("(a (; x (; nested ;) y ;) b) ;; line\n(@ann (x \"y)\") z) (c)");
        assertEquals(2, top.size());
        SExpr.Parens a = (SExpr.Parens) top.get(0);
        assertEquals(2, a.size());
        assertEquals("b", ((SExpr.Atom) a.get(1)).text());
        assertEquals(2, top.get(1).line());
    }

    @Test
    void stringEscapesProduceBytes() {
        SExpr.Atom s = (SExpr.Atom) SExprReader.read("\"a\\n\\t\\\\\\'\\\"\\ff\\u{1F600}é\"").get(0);
        byte[] expected = concat(new byte[] {'a', '\n', '\t', '\\', '\'', '"', (byte) 0xFF},
                "\uD83D\uDE00é".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(expected, s.bytes());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    @Test
    void lineCommentsEndAtCarriageReturn() {
        assertEquals(2, SExprReader.read("(a) ;; comment\r(b)").size());
    }

    @Test
    void quotedIdsAreUnquoted() {
        SExpr.Atom id = (SExpr.Atom) SExprReader.read("$\"a b\"").get(0);
        assertEquals(SExpr.Kind.ID, id.kind());
        assertEquals("a b", id.text());
    }

    @Test
    void tokensMustBeSeparated() {
        assertEquals("unknown operator 0$x", reason("(br 0$x)"));
        assertEquals("unknown operator", reason("(data \"a\"\"b\")").substring(0, 16));
        assertEquals("unknown operator", reason("(f32.const .5)").substring(0, 16));
    }

    @Test
    void moduleTextRejectsUnknownKeywordsButScriptsDoNot() {
        assertEquals("unknown operator anyfunc", reason("(table 0 anyfunc)"));
        assertEquals(1, SExprReader.read("(legacy.op)").size());
    }

    @Test
    void lexicalErrors() {
        assertEquals("unclosed comment", reason("(; x"));
        assertEquals("unclosed string literal", reason("\"abc"));
        assertEquals("illegal escape", reason("\"\\q\""));
        assertEquals("empty identifier", reason("(func $)"));
        assertEquals("empty annotation id", reason("(@ x)"));
        assertEquals("illegal character", reason("(@a \u0001)"));
        assertEquals("unclosed parenthesis", reason("(module"));
    }
}
