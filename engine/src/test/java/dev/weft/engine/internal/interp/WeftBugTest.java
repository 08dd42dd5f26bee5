package dev.weft.engine.internal.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.engine.Engine;
import dev.weft.engine.Linker;
import dev.weft.engine.Module;
import dev.weft.engine.TrapException;
import dev.weft.engine.internal.runtime.FunctionInstance;
import org.junit.jupiter.api.Test;

/** A broken internal invariant is reported as Weft's bug, through a Weft exception naming the function. */
class WeftBugTest {
    @Test
    void unknownNumericOpcodeIsAnInternalBugNotARawIllegalState() {
        WeftBug e = assertThrows(WeftBug.class, () -> NumericOps.exec(20, new long[4], 0, 1, 2));
        assertEquals("bad interpreter opcode 20", e.getMessage());
    }

    @Test
    void bugBecomesATrapThatSaysItIsWeftsBug() {
        WeftBug cause = new WeftBug("bad interpreter opcode 20");
        TrapException t = Ext.bug(cause);
        assertEquals("internal error, a bug in Weft (please report it): bad interpreter opcode 20", t.reason());
        assertSame(cause, t.getCause());
    }

    @Test
    void brokenCompiledCodeTrapsAsWeftsBugNamingTheFunction() {
        Engine engine = Engine.create();
        var instance = Linker.create(engine).instantiate(Module.fromText(engine,
                "(module (func $f (export \"f\") (result i32) (i32.const 1)))"));
        FunctionInstance f = (FunctionInstance) instance.func("f");
        // Corrupt the compiled code: an opcode no compiler emits, as a compiler bug would.
        f.code.code[0] = 20;
        TrapException t = assertThrows(TrapException.class, f::call);
        assertEquals("internal error, a bug in Weft (please report it): bad interpreter opcode 20", t.reason());
        assertEquals("in function 0 ($f)", t.where());
        assertInstanceOf(WeftBug.class, t.getCause().getCause());
    }

    @Test
    void aCompilerBugRejectsTheModuleAsWeftsBugNamingTheFunction() {
        var e = WeftBug.rejecting(new WeftBug("compiler lost track of the operand stack at i32.add"),
                "validating and compiling function 3");
        assertEquals("internal error, a bug in Weft (please report it): "
                + "compiler lost track of the operand stack at i32.add", e.reason());
        assertEquals(e.reason() + " (validating and compiling function 3)", e.getMessage());
        assertInstanceOf(WeftBug.class, e.getCause());
    }

    @Test
    void aRawJavaExceptionWhileCompilingIsAlsoReportedAsWeftsBug() {
        var raw = new ArrayIndexOutOfBoundsException("Index 7 out of bounds for length 7");
        var e = WeftBug.rejecting(raw, "validating the module");
        assertEquals("internal error, a bug in Weft (please report it): "
                + "java.lang.ArrayIndexOutOfBoundsException: Index 7 out of bounds for length 7", e.reason());
        assertSame(raw, e.getCause());
    }
}
