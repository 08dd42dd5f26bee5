/** Round trips of the WIT runtime test `strings-alias`: the guest's exports (world `test`) and the runner's imports. */
@WitBindings(wit = "strings-alias", world = "test", packageName = "dev.weft.conformance.bindings.stringsalias.test")
@WitBindings(wit = "strings-alias", world = "runner", packageName = "dev.weft.conformance.bindings.stringsalias.runner")
package dev.weft.conformance.bindings.stringsalias;

import dev.weft.component.annotations.WitBindings;
