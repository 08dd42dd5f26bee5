/** Round trips of the WIT runtime test `variants`: the guest's exports (world `test`) and the runner's imports. */
@WitBindings(wit = "variants", world = "test", packageName = "dev.weft.conformance.bindings.variants.test")
@WitBindings(wit = "variants", world = "runner", packageName = "dev.weft.conformance.bindings.variants.runner")
package dev.weft.conformance.bindings.variants;

import dev.weft.component.annotations.WitBindings;
