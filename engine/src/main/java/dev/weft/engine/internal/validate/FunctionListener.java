package dev.weft.engine.internal.validate;

import dev.weft.engine.internal.decode.CodeReader;
import dev.weft.engine.internal.model.FunctionBody;

/**
 * Observes the validation of one function body, instruction by instruction, so that a compiler can
 * translate the function in the same pass with full knowledge of operand and control types.
 */
public interface FunctionListener {

    /** Creates the listener for a defined function; may return null to observe nothing. */
    @FunctionalInterface
    interface Factory {
        FunctionListener forFunction(int funcIndex, FunctionBody body);

        /** A factory that observes no function. */
        Factory NONE = (funcIndex, body) -> null;
    }

    /** Before the validator applies the typing of the instruction just decoded into {@code r}. */
    void before(CodeReader r, FunctionValidator v);

    /**
     * After the typing of that instruction has been applied. After the function's final {@code end}
     * the control stack is empty ({@code controlDepth() == 0}) and the stack holds the results.
     */
    void after(CodeReader r, FunctionValidator v);

    /** After the function's final {@code end}. */
    void finish(FunctionValidator v);
}
