/** Round trips of the WIT runtime test `flavorful`: the guest's exports (world `test`) and the runner's imports. */
@WitBindings(wit = "flavorful", world = "test", packageName = "dev.weft.conformance.bindings.flavorful.test")
@WitBindings(wit = "flavorful", world = "runner", packageName = "dev.weft.conformance.bindings.flavorful.runner")
package dev.weft.conformance.bindings.flavorful;

import dev.weft.component.annotations.WitBindings;
