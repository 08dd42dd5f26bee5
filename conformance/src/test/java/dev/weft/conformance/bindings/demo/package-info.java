/**
 * Round trips of the WIT runtime test `demo`: the guest's exports (world `test`), the runner's imports,
 * and the guest's exports once more through bindings generated from the WIT embedded in its component
 * binary (a classpath resource) instead of the WIT sources.
 */
@WitBindings(wit = "demo", world = "test", packageName = "dev.weft.conformance.bindings.demo.test")
@WitBindings(wit = "demo", world = "runner", packageName = "dev.weft.conformance.bindings.demo.runner")
@WitBindings(component = "guests/demo/test.wasm", packageName = "dev.weft.conformance.bindings.demo.embedded")
package dev.weft.conformance.bindings.demo;

import dev.weft.component.annotations.WitBindings;
