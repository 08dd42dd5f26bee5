package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvocationTest {

    @Test
    void parsesNameAndArguments() {
        assertEquals(new Invocation("fib", List.of("30")), Invocation.parse("fib(30)"));
        assertEquals(new Invocation("add", List.of("1", "-2")), Invocation.parse(" add( 1 , -2 ) "));
    }

    @Test
    void acceptsNoParenthesesAndQuotedNames() {
        assertEquals(new Invocation("run", List.of()), Invocation.parse("run"));
        assertEquals(new Invocation("run", List.of()), Invocation.parse("run()"));
        assertEquals(new Invocation("a b", List.of("1")), Invocation.parse("\"a b\"(1)"));
    }

    @Test
    void rejectsMalformedExpressions() {
        assertThrows(IllegalArgumentException.class, () -> Invocation.parse("fib(30"));
        assertThrows(IllegalArgumentException.class, () -> Invocation.parse("fib(1,,2)"));
        assertThrows(IllegalArgumentException.class, () -> Invocation.parse("(1)"));
        assertThrows(IllegalArgumentException.class, () -> Invocation.parse(""));
    }
}
