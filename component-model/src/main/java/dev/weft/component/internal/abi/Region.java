package dev.weft.component.internal.abi;

/** What a pointer the ABI checks points at, for the wording of alignment and bounds traps. */
enum Region {
    /** String contents. */
    STRING,
    /** List contents. */
    LIST,
    /** The memory area of spilled parameters or results (argument or return pointer). */
    VALUES
}
