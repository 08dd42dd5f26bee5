package dev.weft.conformance.bindings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.conformance.FileResult;
import dev.weft.conformance.SuiteReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Suite {@code bindings}, mode {@code interpreter}: for every synchronous test of the WIT runtime
 * suite, Java calls the exports of the guest's {@code test.wasm} and implements the imports of its
 * {@code runner.wasm} through bindings the annotation processor generated at compile time from the
 * suite's WIT (see the {@code package-info.java} of each guest's package).
 */
class BindingsSuiteTest {
    private static final List<GuestCheck> GUESTS = List.of(
            new dev.weft.conformance.bindings.numbers.NumbersRoundTrip());

    @Test
    void everyGuestRoundTrips() {
        SuiteReport report = new SuiteReport("bindings", "interpreter");
        for (GuestCheck guest : GUESTS) {
            FileResult result = new FileResult(guest.name());
            Checker check = new Checker(result);
            try {
                guest.run(check);
            } catch (RuntimeException | Error e) {
                result.fail(0, "guest could not be exercised: " + e);
            }
            report.add(result);
        }
        report.publish();
        assertEquals(0, report.failed(), "bindings round trips failed (see the table above)");
    }
}
