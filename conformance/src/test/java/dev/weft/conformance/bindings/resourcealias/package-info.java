/** Round trips of the WIT runtime test `resource_alias`: the guest's exports (world `test`) and the runner's imports. */
@WitBindings(wit = "resource_alias", world = "test", packageName = "dev.weft.conformance.bindings.resourcealias.test")
@WitBindings(wit = "resource_alias", world = "runner", packageName = "dev.weft.conformance.bindings.resourcealias.runner")
package dev.weft.conformance.bindings.resourcealias;

import dev.weft.component.annotations.WitBindings;
