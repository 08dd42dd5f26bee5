/** Round trips of the WIT runtime test `resource_borrow_in_record`: the guest's exports (world `test`). */
@WitBindings(wit = "resource_borrow_in_record", world = "test", packageName = "dev.weft.conformance.bindings.resourceborrowinrecord.test")
package dev.weft.conformance.bindings.resourceborrowinrecord;

import dev.weft.component.annotations.WitBindings;
