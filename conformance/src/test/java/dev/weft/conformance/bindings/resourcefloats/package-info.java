/** Round trips of the WIT runtime test `resource_floats`: the guest's exports (world `intermediate`) and the runner's imports. */
@WitBindings(wit = "resource_floats", world = "intermediate", packageName = "dev.weft.conformance.bindings.resourcefloats.test")
@WitBindings(wit = "resource_floats", world = "runner", packageName = "dev.weft.conformance.bindings.resourcefloats.runner")
package dev.weft.conformance.bindings.resourcefloats;

import dev.weft.component.annotations.WitBindings;
