package dev.weft.engine.fuzz;

import dev.weft.engine.InvalidModuleException;
import dev.weft.engine.TrapException;
import dev.weft.engine.WasmException;

/** What the fuzz targets accept as a documented rejection. */
final class Documented {
    private Documented() {}

    /**
     * Accepts a Weft exception unless it reports a broken internal invariant (a Weft bug wrapped in a
     * documented type so users never see a raw exception): for the fuzzer that is still a finding.
     * Only the reason counts: names from the input may contain any text.
     */
    static void rejection(WasmException e) {
        String reason = switch (e) {
            case TrapException t -> t.reason();
            case InvalidModuleException i -> i.reason();
            default -> "";
        };
        if (reason.startsWith("internal error, a bug in Weft")) throw new AssertionError(e);
    }
}
