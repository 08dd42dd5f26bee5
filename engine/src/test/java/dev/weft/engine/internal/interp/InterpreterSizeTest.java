package dev.weft.engine.internal.interp;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * HotSpot never JIT-compiles a method whose bytecode exceeds 8000 bytes (HugeMethodLimit), so the
 * interpreter loop and its helpers must stay below that or the interpreter would run interpreted.
 */
class InterpreterSizeTest {
    private static final int HUGE_METHOD_LIMIT = 8000;

    @Test
    void dispatchLoopAndHelpersAreSmallEnoughToBeJitCompiled() throws Exception {
        assertNotNull(model(Interpreter.class).methods().stream()
                .filter(m -> m.methodName().equalsString("run")).findFirst().orElse(null), "Interpreter.run");
        for (Class<?> c : List.of(Interpreter.class, Ext.class, NumericOps.class, MemoryOps.class,
                TableOps.class, GcOps.class, ArrayOps.class, Boundary.class)) {
            for (MethodModel m : model(c).methods()) {
                int size = m.findAttribute(java.lang.classfile.Attributes.code())
                        .map(CodeAttribute::codeLength).orElse(0);
                assertTrue(size < HUGE_METHOD_LIMIT,
                        c.getSimpleName() + "." + m.methodName().stringValue() + " has " + size + " bytes of bytecode");
            }
        }
    }


    private static ClassModel model(Class<?> c) throws Exception {
        try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
            return ClassFile.of().parse(in.readAllBytes());
        }
    }
}
