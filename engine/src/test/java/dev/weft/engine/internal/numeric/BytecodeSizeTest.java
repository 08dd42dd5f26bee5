package dev.weft.engine.internal.numeric;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HotSpot does not JIT-compile methods with more than 8000 bytes of bytecode (HugeMethodLimit), so
 * the big SIMD switches must stay split into families below that size.
 */
class BytecodeSizeTest {

    private static final int HUGE_METHOD_LIMIT = 8000;

    @ParameterizedTest
    @ValueSource(classes = {Simd.class, SimdMemory.class, I8x16.class, I16x8.class, I32x4.class, I64x2.class,
        F32x4.class, F64x2.class, Swar.class, FloatOps.class, Conversions.class, IntOps.class})
    void everyMethodIsSmallEnoughToBeCompiled(Class<?> type) throws IOException {
        ClassModel model;
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            model = ClassFile.of().parse(in.readAllBytes());
        }
        for (MethodModel method : model.methods()) {
            int length = method.findAttribute(Attributes.code()).map(c -> c.codeLength()).orElse(0);
            assertTrue(length < HUGE_METHOD_LIMIT, type.getSimpleName() + "." + method.methodName() + " has " + length + " bytes");
        }
    }
}
