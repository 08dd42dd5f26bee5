/** Round trips of the WIT runtime test `symbol-conflicts`: the guest's exports (world `test`) and the runner's imports. */
@WitBindings(wit = "symbol-conflicts", world = "test", packageName = "dev.weft.conformance.bindings.symbolconflicts.test")
@WitBindings(wit = "symbol-conflicts", world = "runner", packageName = "dev.weft.conformance.bindings.symbolconflicts.runner")
package dev.weft.conformance.bindings.symbolconflicts;

import dev.weft.component.annotations.WitBindings;
