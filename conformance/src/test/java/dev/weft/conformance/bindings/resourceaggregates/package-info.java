/** Round trips of the WIT runtime test `resource_aggregates`: the guest's exports (world `test`) and the runner's imports. */
@WitBindings(wit = "resource_aggregates", world = "test", packageName = "dev.weft.conformance.bindings.resourceaggregates.test")
@WitBindings(wit = "resource_aggregates", world = "runner", packageName = "dev.weft.conformance.bindings.resourceaggregates.runner")
package dev.weft.conformance.bindings.resourceaggregates;

import dev.weft.component.annotations.WitBindings;
