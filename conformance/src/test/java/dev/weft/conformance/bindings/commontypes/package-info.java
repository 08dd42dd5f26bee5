/** Round trips of the WIT runtime test `common-types`: the guest's exports (world `leaf`) and the runner's imports. */
@WitBindings(wit = "common-types", world = "leaf", packageName = "dev.weft.conformance.bindings.commontypes.test")
@WitBindings(wit = "common-types", world = "runner", packageName = "dev.weft.conformance.bindings.commontypes.runner")
package dev.weft.conformance.bindings.commontypes;

import dev.weft.component.annotations.WitBindings;
