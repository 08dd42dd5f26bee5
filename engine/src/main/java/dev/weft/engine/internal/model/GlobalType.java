package dev.weft.engine.internal.model;

public record GlobalType(ValType type, boolean mutable) {}
