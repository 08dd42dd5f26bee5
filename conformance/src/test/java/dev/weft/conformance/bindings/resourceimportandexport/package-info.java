/** Round trips of the WIT runtime test `resource-import-and-export`: the guest's exports (world `leaf-thing`) and the runner's imports. */
@WitBindings(wit = "resource-import-and-export", world = "leaf-thing", packageName = "dev.weft.conformance.bindings.resourceimportandexport.test")
@WitBindings(wit = "resource-import-and-export", world = "runner", packageName = "dev.weft.conformance.bindings.resourceimportandexport.runner")
package dev.weft.conformance.bindings.resourceimportandexport;

import dev.weft.component.annotations.WitBindings;
