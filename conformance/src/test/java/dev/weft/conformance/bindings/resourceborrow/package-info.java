/** Round trips of the WIT runtime test `resource-borrow`: the guest's exports (world `test`). */
@WitBindings(wit = "resource-borrow", world = "test", packageName = "dev.weft.conformance.bindings.resourceborrow.test")
package dev.weft.conformance.bindings.resourceborrow;

import dev.weft.component.annotations.WitBindings;
