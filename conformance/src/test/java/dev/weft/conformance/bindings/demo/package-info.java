/** Round trips of the WIT runtime test `demo`: the guest's exports (world `test`) and the runner's imports. */
@WitBindings(wit = "demo", world = "test", packageName = "dev.weft.conformance.bindings.demo.test")
@WitBindings(wit = "demo", world = "runner", packageName = "dev.weft.conformance.bindings.demo.runner")
package dev.weft.conformance.bindings.demo;

import dev.weft.component.annotations.WitBindings;
