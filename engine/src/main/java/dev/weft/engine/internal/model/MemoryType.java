package dev.weft.engine.internal.model;

public record MemoryType(Limits limits) {}
