package dev.weft.component.internal.abi;

/**
 * Something a component instance's handle table holds: resource handles here; waitables, streams,
 * futures and error contexts are further kinds the async runtime adds.
 */
public interface HandleEntry {
    /** What kind of entry this is, as trap messages name it (e.g. "guest-defined resource"). */
    String kindName();
}
