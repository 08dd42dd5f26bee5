package dev.weft.engine.internal.validate;

import dev.weft.engine.internal.model.ModuleInfo;

/**
 * A module that passed validation, with its type context (subtyping and canonical types).
 *
 * @param declaredFuncRefs for each function index, whether it is declared for {@code ref.func}
 *        (referenced outside function bodies), as validation computed it
 */
public record ValidatedModule(ModuleInfo module, TypeContext types, boolean[] declaredFuncRefs) {}
