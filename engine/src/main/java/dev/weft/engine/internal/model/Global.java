package dev.weft.engine.internal.model;

/** A global defined by the module (imports are in {@link ModuleInfo#imports()}). */
public record Global(GlobalType type, ConstExpr init) {}
