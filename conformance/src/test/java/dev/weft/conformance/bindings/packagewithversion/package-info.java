/** Round trips of the WIT runtime test `package-with-version`: the guest's exports (world `test`) and the runner's imports. */
@WitBindings(wit = "package-with-version", world = "test", packageName = "dev.weft.conformance.bindings.packagewithversion.test")
@WitBindings(wit = "package-with-version", world = "runner", packageName = "dev.weft.conformance.bindings.packagewithversion.runner")
package dev.weft.conformance.bindings.packagewithversion;

import dev.weft.component.annotations.WitBindings;
