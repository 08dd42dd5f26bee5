/** Round trips of the WIT runtime test `many-arguments`: the guest's exports (world `test`) and the runner's imports. */
@WitBindings(wit = "many-arguments", world = "test", packageName = "dev.weft.conformance.bindings.manyarguments.test")
@WitBindings(wit = "many-arguments", world = "runner", packageName = "dev.weft.conformance.bindings.manyarguments.runner")
package dev.weft.conformance.bindings.manyarguments;

import dev.weft.component.annotations.WitBindings;
