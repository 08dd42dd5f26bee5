package dev.weft.component.internal.model;

/** An index into the index space of one sort ({@code sortidx} / {@code core:sortidx}). */
public record SortIndex(Sort sort, int index) {}
