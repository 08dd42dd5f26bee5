/** Round trips of the WIT runtime test `gated-features`: the guest's exports (world `test`) and the runner's imports. */
@WitBindings(wit = "gated-features", world = "test", packageName = "dev.weft.conformance.bindings.gatedfeatures.test", features = "y")
@WitBindings(wit = "gated-features", world = "runner", packageName = "dev.weft.conformance.bindings.gatedfeatures.runner", features = "y")
package dev.weft.conformance.bindings.gatedfeatures;

import dev.weft.component.annotations.WitBindings;
