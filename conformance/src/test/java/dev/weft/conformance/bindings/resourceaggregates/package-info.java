/** Round trips of the WIT runtime test `resource_aggregates`: the guest's exports (world `test`). */
@WitBindings(wit = "resource_aggregates", world = "test", packageName = "dev.weft.conformance.bindings.resourceaggregates.test")
package dev.weft.conformance.bindings.resourceaggregates;

import dev.weft.component.annotations.WitBindings;
