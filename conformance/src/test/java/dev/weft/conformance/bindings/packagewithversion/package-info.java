/** Round trips of the WIT runtime test `package-with-version`: the guest's exports (world `test`). */
@WitBindings(wit = "package-with-version", world = "test", packageName = "dev.weft.conformance.bindings.packagewithversion.test")
package dev.weft.conformance.bindings.packagewithversion;

import dev.weft.component.annotations.WitBindings;
