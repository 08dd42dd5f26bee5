/** Round trips of the WIT runtime test `results`: the guest's exports (world `leaf`) and the runner's imports. */
@WitBindings(wit = "results", world = "leaf", packageName = "dev.weft.conformance.bindings.results.test")
@WitBindings(wit = "results", world = "runner", packageName = "dev.weft.conformance.bindings.results.runner")
package dev.weft.conformance.bindings.results;

import dev.weft.component.annotations.WitBindings;
