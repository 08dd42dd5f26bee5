/** Round trips of the WIT runtime test `resource-borrow`: the guest's exports (world `test`) and the runner's imports. */
@WitBindings(wit = "resource-borrow", world = "test", packageName = "dev.weft.conformance.bindings.resourceborrow.test")
@WitBindings(wit = "resource-borrow", world = "runner", packageName = "dev.weft.conformance.bindings.resourceborrow.runner")
package dev.weft.conformance.bindings.resourceborrow;

import dev.weft.component.annotations.WitBindings;
