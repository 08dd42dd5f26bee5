package dev.weft.engine.internal.model;

/** An exception tag: its type index must name a function type (params = payload, no results). */
public record TagType(int typeIndex) {}
