package dev.weft.component.internal.model;

/** Core table/memory limits as written in a component's core types; {@code max} is -1 when absent. */
public record CoreLimits(long min, long max, boolean is64, boolean shared) {}
