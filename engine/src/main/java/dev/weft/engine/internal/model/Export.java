package dev.weft.engine.internal.model;

public record Export(String name, ExternKind kind, int index) {}
