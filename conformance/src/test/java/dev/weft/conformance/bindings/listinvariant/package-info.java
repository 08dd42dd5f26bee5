/** Round trips of the WIT runtime test `list-in-variant`: the guest's exports (world `test`) and the runner's imports. */
@WitBindings(wit = "list-in-variant", world = "test", packageName = "dev.weft.conformance.bindings.listinvariant.test")
@WitBindings(wit = "list-in-variant", world = "runner", packageName = "dev.weft.conformance.bindings.listinvariant.runner")
package dev.weft.conformance.bindings.listinvariant;

import dev.weft.component.annotations.WitBindings;
