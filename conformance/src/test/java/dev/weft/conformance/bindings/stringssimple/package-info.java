/** Round trips of the WIT runtime test `strings-simple`: the guest's exports (world `test`) and the runner's imports. */
@WitBindings(wit = "strings-simple", world = "test", packageName = "dev.weft.conformance.bindings.stringssimple.test")
@WitBindings(wit = "strings-simple", world = "runner", packageName = "dev.weft.conformance.bindings.stringssimple.runner")
package dev.weft.conformance.bindings.stringssimple;

import dev.weft.component.annotations.WitBindings;
