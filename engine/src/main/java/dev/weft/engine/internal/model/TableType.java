package dev.weft.engine.internal.model;

public record TableType(ValType elemType, Limits limits) {}
