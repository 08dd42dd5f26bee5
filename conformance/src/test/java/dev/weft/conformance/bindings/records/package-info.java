/** Round trips of the WIT runtime test `records`: the guest's exports (world `test`) and the runner's imports. */
@WitBindings(wit = "records", world = "test", packageName = "dev.weft.conformance.bindings.records.test")
@WitBindings(wit = "records", world = "runner", packageName = "dev.weft.conformance.bindings.records.runner")
package dev.weft.conformance.bindings.records;

import dev.weft.component.annotations.WitBindings;
