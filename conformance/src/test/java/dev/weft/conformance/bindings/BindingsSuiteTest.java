package dev.weft.conformance.bindings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.conformance.FileResult;
import dev.weft.conformance.SuiteReport;
import java.util.ArrayList;
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
            new dev.weft.conformance.bindings.numbers.NumbersRoundTrip(),
            new dev.weft.conformance.bindings.strings.StringsRoundTrip(),
            new dev.weft.conformance.bindings.lists.ListsRoundTrip(),
            new dev.weft.conformance.bindings.options.OptionsRoundTrip(),
            new dev.weft.conformance.bindings.records.RecordsRoundTrip(),
            new dev.weft.conformance.bindings.commontypes.CommonTypesRoundTrip(),
            new dev.weft.conformance.bindings.variants.VariantsRoundTrip(),
            new dev.weft.conformance.bindings.results.ResultsRoundTrip(),
            new dev.weft.conformance.bindings.flavorful.FlavorfulRoundTrip(),
            new dev.weft.conformance.bindings.listinvariant.ListInVariantRoundTrip(),
            new dev.weft.conformance.bindings.stringssimple.StringsSimpleRoundTrip(),
            new dev.weft.conformance.bindings.stringsalias.StringsAliasRoundTrip(),
            new dev.weft.conformance.bindings.listsalias.ListsAliasRoundTrip(),
            new dev.weft.conformance.bindings.manyarguments.ManyArgumentsRoundTrip(),
            new dev.weft.conformance.bindings.versions.VersionsRoundTrip(),
            new dev.weft.conformance.bindings.symbolconflicts.SymbolConflictsRoundTrip(),
            new dev.weft.conformance.bindings.unusedtypes.UnusedTypesRoundTrip(),
            new dev.weft.conformance.bindings.gatedfeatures.GatedFeaturesRoundTrip(),
            new dev.weft.conformance.bindings.demo.DemoRoundTrip(),
            new dev.weft.conformance.bindings.packagewithversion.PackageWithVersionRoundTrip(),
            new dev.weft.conformance.bindings.resourceborrow.ResourceBorrowRoundTrip(),
            new dev.weft.conformance.bindings.resourceimportandexport.ResourceImportAndExportRoundTrip(),
            new dev.weft.conformance.bindings.resourcewithlists.ResourceWithListsRoundTrip(),
            new dev.weft.conformance.bindings.resourceborrowinrecord.ResourceBorrowInRecordRoundTrip(),
            new dev.weft.conformance.bindings.resourcealias.ResourceAliasRoundTrip(),
            new dev.weft.conformance.bindings.resourcealiasredux.ResourceAliasReduxRoundTrip(),
            new dev.weft.conformance.bindings.resourceaggregates.ResourceAggregatesRoundTrip(),
            new dev.weft.conformance.bindings.resources.ResourcesRoundTrip(),
            new dev.weft.conformance.bindings.resourcefloats.ResourceFloatsRoundTrip());

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
        List<String> failed = new ArrayList<>();
        for (FileResult r : report.files()) {
            if (r.failed > 0 || r.skipped > 0) failed.add(r.file + ": " + r.failed + " failed, " + r.skipped + " skipped");
        }
        assertEquals(List.of(), failed, "bindings round trips failed or were skipped (see the table above)");
    }
}
