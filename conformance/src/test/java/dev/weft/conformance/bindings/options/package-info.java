/** Round trips of the WIT runtime test `options`: the guest's exports (world `test`) and the runner's imports. */
@WitBindings(wit = "options", world = "test", packageName = "dev.weft.conformance.bindings.options.test")
@WitBindings(wit = "options", world = "runner", packageName = "dev.weft.conformance.bindings.options.runner")
package dev.weft.conformance.bindings.options;

import dev.weft.component.annotations.WitBindings;
