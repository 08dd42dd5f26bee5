/** Round trips of the WIT runtime test `versions`: the guest's exports (world `test`) and the runner's imports. */
@WitBindings(wit = "versions", world = "test", packageName = "dev.weft.conformance.bindings.versions.test")
@WitBindings(wit = "versions", world = "runner", packageName = "dev.weft.conformance.bindings.versions.runner")
package dev.weft.conformance.bindings.versions;

import dev.weft.component.annotations.WitBindings;
