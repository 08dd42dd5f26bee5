/** Round trips of the WIT runtime test `resource_alias_redux`: the guest's exports (world `test`) and the runner's imports. */
@WitBindings(wit = "resource_alias_redux", world = "test", packageName = "dev.weft.conformance.bindings.resourcealiasredux.test")
@WitBindings(wit = "resource_alias_redux", world = "runner", packageName = "dev.weft.conformance.bindings.resourcealiasredux.runner")
package dev.weft.conformance.bindings.resourcealiasredux;

import dev.weft.component.annotations.WitBindings;
