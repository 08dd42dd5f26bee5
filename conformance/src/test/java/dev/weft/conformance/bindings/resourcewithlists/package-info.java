/** Round trips of the WIT runtime test `resource_with_lists`: the guest's exports (world `leaf`) and the runner's imports. */
@WitBindings(wit = "resource_with_lists", world = "leaf", packageName = "dev.weft.conformance.bindings.resourcewithlists.test")
@WitBindings(wit = "resource_with_lists", world = "runner", packageName = "dev.weft.conformance.bindings.resourcewithlists.runner")
package dev.weft.conformance.bindings.resourcewithlists;

import dev.weft.component.annotations.WitBindings;
