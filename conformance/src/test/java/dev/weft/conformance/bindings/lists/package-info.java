/** Round trips of the WIT runtime test `lists`: the guest's exports (world `test`) and the runner's imports. */
@WitBindings(wit = "lists", world = "test", packageName = "dev.weft.conformance.bindings.lists.test")
@WitBindings(wit = "lists", world = "runner", packageName = "dev.weft.conformance.bindings.lists.runner")
package dev.weft.conformance.bindings.lists;

import dev.weft.component.annotations.WitBindings;
