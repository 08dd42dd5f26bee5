/** Round trips of the WIT runtime test `resource_borrow_in_record`: the guest's exports (world `test`) and the runner's imports. */
@WitBindings(wit = "resource_borrow_in_record", world = "test", packageName = "dev.weft.conformance.bindings.resourceborrowinrecord.test")
@WitBindings(wit = "resource_borrow_in_record", world = "runner", packageName = "dev.weft.conformance.bindings.resourceborrowinrecord.runner")
package dev.weft.conformance.bindings.resourceborrowinrecord;

import dev.weft.component.annotations.WitBindings;
