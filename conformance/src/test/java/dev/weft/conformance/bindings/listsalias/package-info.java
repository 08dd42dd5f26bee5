/** Round trips of the WIT runtime test `lists-alias`: the guest's exports (world `test`) and the runner's imports. */
@WitBindings(wit = "lists-alias", world = "test", packageName = "dev.weft.conformance.bindings.listsalias.test")
@WitBindings(wit = "lists-alias", world = "runner", packageName = "dev.weft.conformance.bindings.listsalias.runner")
package dev.weft.conformance.bindings.listsalias;

import dev.weft.component.annotations.WitBindings;
