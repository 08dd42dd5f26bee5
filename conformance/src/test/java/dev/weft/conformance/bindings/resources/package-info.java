/** Round trips of the WIT runtime test `resources`: the guest's world `resources` (exports, and the imported resource `y` in Java) and the runner's imports. */
@WitBindings(wit = "resources", world = "resources", packageName = "dev.weft.conformance.bindings.resources.test")
@WitBindings(wit = "resources", world = "runner", packageName = "dev.weft.conformance.bindings.resources.runner")
package dev.weft.conformance.bindings.resources;

import dev.weft.component.annotations.WitBindings;
