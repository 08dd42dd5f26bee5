package dev.weft.engine.internal.model;

/** A custom section: its name and payload, and where the payload starts in the binary. */
public record CustomSection(String name, byte[] payload, int offset) {}
