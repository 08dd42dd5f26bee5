/** Round trips of the WIT runtime test `strings`: the guest's exports (world `test`) and the runner's imports. */
@WitBindings(wit = "strings", world = "test", packageName = "dev.weft.conformance.bindings.strings.test")
@WitBindings(wit = "strings", world = "runner", packageName = "dev.weft.conformance.bindings.strings.runner")
package dev.weft.conformance.bindings.strings;

import dev.weft.component.annotations.WitBindings;
