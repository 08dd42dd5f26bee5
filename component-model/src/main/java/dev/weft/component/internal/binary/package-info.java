/**
 * Decoding of component binaries: {@link dev.weft.component.internal.binary.ComponentDecoder#decode}
 * turns bytes into a {@link dev.weft.component.internal.model.ComponentAst}, and
 * {@link dev.weft.component.internal.binary.ComponentDecoder#kindOf} tells components from core
 * modules by the preamble's layer field.
 *
 * <p>Only structure is checked here. Malformed input throws
 * {@link dev.weft.engine.MalformedModuleException} with the reference tools' wording as reason
 * ("unexpected end-of-file", "invalid leading byte (0x7) for canonical function", ...), the section
 * as location and the absolute byte offset.
 */
package dev.weft.component.internal.binary;
