/** Round trips of the WIT runtime test `unused-types`: the guest's exports (world `test`) and the runner's imports. */
@WitBindings(wit = "unused-types", world = "test", packageName = "dev.weft.conformance.bindings.unusedtypes.test")
@WitBindings(wit = "unused-types", world = "runner", packageName = "dev.weft.conformance.bindings.unusedtypes.runner")
package dev.weft.conformance.bindings.unusedtypes;

import dev.weft.component.annotations.WitBindings;
