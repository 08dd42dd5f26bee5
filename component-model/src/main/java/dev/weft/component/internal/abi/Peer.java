package dev.weft.component.internal.abi;

/**
 * Who is on the other side of a lift or lower: the host (the embedder calling an export, or a host
 * function called by a component) or another component (a fused component-to-component call). The
 * ABI checks are the same; only the wording of some traps differs, following the shared test suite
 * (e.g. "string pointer/length out of bounds of memory" at the host boundary, "string content
 * out-of-bounds" between components).
 */
public enum Peer { HOST, COMPONENT }
