/**
 * The decoded form of a component binary: an immutable AST that mirrors Binary.md.
 *
 * <p>{@link dev.weft.component.internal.model.ComponentAst} holds every
 * {@link dev.weft.component.internal.model.Definition} in binary order (sections may repeat and
 * interleave) and the {@link dev.weft.component.internal.model.IndexSpaces} they build: for each
 * {@link dev.weft.component.internal.model.Sort}, the definition that created every index. Types are
 * kept as written ({@link dev.weft.component.internal.model.DefType},
 * {@link dev.weft.component.internal.model.ValType} referring to type indices); resolving them is the
 * validator's job. Core modules stay as raw bytes for the engine to compile.
 *
 * <p>The records here are a stable contract for the validator and the instantiation runtime; add to
 * them rather than change them.
 */
package dev.weft.component.internal.model;
