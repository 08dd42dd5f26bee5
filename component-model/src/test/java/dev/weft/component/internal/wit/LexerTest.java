package dev.weft.component.internal.wit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.internal.wit.Token.Kind;
import dev.weft.component.wit.WitException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {
    private static List<Token> lex(String text) {
        Lexer lexer = new Lexer(new Source("t.wit", text));
        List<Token> out = new ArrayList<>();
        for (Token t = lexer.next(); t.kind() != Kind.EOF; t = lexer.next()) out.add(t);
        return out;
    }

    @Test
    void punctuationArrowsAndIdentifiers() {
        List<Token> t = lex("f: func(a-b: u32) -> list<u8, 4>;");
        assertEquals(List.of(Kind.ID, Kind.COLON, Kind.ID, Kind.LPAREN, Kind.ID, Kind.COLON, Kind.ID, Kind.RPAREN,
                Kind.ARROW, Kind.ID, Kind.LT, Kind.ID, Kind.COMMA, Kind.INTEGER, Kind.GT, Kind.SEMICOLON),
                t.stream().map(Token::kind).toList());
        assertEquals("a-b", t.get(4).text());
        assertTrue(t.get(2).isKeyword("func"));
    }

    @Test
    void percentEscapesAKeywordIntoAName() {
        Token t = lex("%record").get(0);
        assertEquals("record", t.text());
        assertTrue(t.escaped());
        assertFalse(t.isKeyword());
    }

    @Test
    void docCommentsAttachToTheNextTokenAndPlainCommentsVanish() {
        List<Token> t = lex("// plain\n/// first\n/// second\n/* block /* nested */ */ interface\n/** doc block */ x");
        assertEquals(2, t.size());
        assertEquals("first\nsecond", t.get(0).docs());
        assertEquals("doc block", t.get(1).docs());
        assertNull(lex("// plain\nx").get(0).docs());
        assertEquals("Line one.\nLine two.", lex("/**\n * Line one.\n * Line two.\n */ x").get(0).docs());
    }

    @Test
    void versionsStopBeforeADotThatDoesNotContinueThem() {
        String text = "@1.0.0-a1.1-a+b.2.{";
        Lexer lexer = new Lexer(new Source("t.wit", text));
        assertEquals(Kind.AT, lexer.next().kind());
        assertEquals("1.0.0-a1.1-a+b.2", lexer.version(1));
        assertEquals(Kind.DOT, lexer.next().kind());
        assertEquals(Kind.LBRACE, lexer.next().kind());
    }

    @Test
    void malformedVersionsAreRejected() {
        Lexer lexer = new Lexer(new Source("t.wit", "01.0.0"));
        assertThrows(WitException.class, () -> lexer.version(0));
        Lexer missing = new Lexer(new Source("t.wit", "1.0"));
        assertThrows(WitException.class, () -> missing.version(0));
    }

    @Test
    void unterminatedStringNamesWhereItStarted() {
        WitException e = assertThrows(WitException.class, () -> lex("x\n  \"abc"));
        assertEquals(2, e.line());
        assertEquals(3, e.column());
        assertEquals("unterminated string literal", e.reason());
    }

    @Test
    void controlCharactersAndBidiOverridesAreRefused() {
        assertThrows(WitException.class, () -> lex("a \u0007 b"));
        assertThrows(WitException.class, () -> lex("a \u202e b"));
    }

    @Test
    void columnsCountCodePoints() {
        // The emoji is two Java chars but one column.
        WitException e = new Source("t.wit", "/* \uD83D\uDE00 */ #").error(9, "x");
        assertEquals(1, e.line());
        assertEquals(9, e.column());
        assertEquals("t.wit:1:9: x", e.getMessage());
    }
}
