/** Round trips of the WIT runtime test `resource_floats`: the runner's imports (world `intermediate` is not generated yet). */
@WitBindings(wit = "resource_floats", world = "runner", packageName = "dev.weft.conformance.bindings.resourcefloats.runner")
package dev.weft.conformance.bindings.resourcefloats;

import dev.weft.component.annotations.WitBindings;
