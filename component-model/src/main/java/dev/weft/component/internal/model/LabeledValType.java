package dev.weft.component.internal.model;

/** A label with a value type: a record field or a function parameter. */
public record LabeledValType(String label, ValType type) {}
