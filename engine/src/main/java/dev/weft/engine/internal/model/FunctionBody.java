package dev.weft.engine.internal.model;

/**
 * The code of one defined function. {@code localTypes} lists the declared locals (not the params),
 * one entry per local. The instructions are {@code module[codeStart, codeEnd)}, ending with the
 * function's final {@code end} opcode.
 */
public record FunctionBody(ValType[] localTypes, byte[] module, int codeStart, int codeEnd) {}
