package dev.weft.engine.fuzz;

import dev.weft.engine.WasmException;

/** What the fuzz targets accept as a documented rejection. */
final class Documented {
    private Documented() {}

    /**
     * Accepts a Weft exception unless it reports a broken internal invariant (a Weft bug wrapped in a
     * documented type so users never see a raw exception): for the fuzzer that is still a finding.
     */
    static void rejection(WasmException e) {
        if (e.getMessage() != null && e.getMessage().contains("a bug in Weft")) throw new AssertionError(e);
    }
}
