package dev.weft.component.internal.abi;

/** Where a lowered string or list ended up: its pointer and its (possibly tagged) length. */
public record PtrLen(long ptr, long length) {}
