/**
 * The WebAssembly text format. {@link dev.weft.engine.internal.text.Wat} turns a text module into
 * its binary encoding, so the rest of the engine (decoder, validator, interpreter) only ever sees
 * binaries: {@link dev.weft.engine.internal.text.SExprReader} tokenises into an S-expression tree,
 * {@link dev.weft.engine.internal.text.ModuleEncoder} binds ids and writes the sections, and
 * {@link dev.weft.engine.internal.text.CodeEncoder} writes instructions using the opcode table of
 * {@link dev.weft.engine.internal.decode.Op}. Components use the same layer:
 * {@link dev.weft.engine.internal.text.Wat#componentToBinary} turns {@code (component ...)} into the
 * component binary format ({@link dev.weft.engine.internal.text.ComponentEncoder}), reusing the core
 * encoder for nested core modules. Errors are
 * {@link dev.weft.engine.MalformedModuleException}s with the spec's messages and a "line L:C".
 * The subpackage {@code wast} reads the spec test-suite's script format.
 */
package dev.weft.engine.internal.text;
