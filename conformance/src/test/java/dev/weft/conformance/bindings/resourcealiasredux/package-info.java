/** Round trips of the WIT runtime test `resource_alias_redux`: the guest's exports (world `test`). */
@WitBindings(wit = "resource_alias_redux", world = "test", packageName = "dev.weft.conformance.bindings.resourcealiasredux.test")
package dev.weft.conformance.bindings.resourcealiasredux;

import dev.weft.component.annotations.WitBindings;
