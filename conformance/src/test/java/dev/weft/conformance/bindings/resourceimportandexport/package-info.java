/** Round trips of the WIT runtime test `resource-import-and-export`: the guest's exports (world `leaf-thing`). */
@WitBindings(wit = "resource-import-and-export", world = "leaf-thing", packageName = "dev.weft.conformance.bindings.resourceimportandexport.test")
package dev.weft.conformance.bindings.resourceimportandexport;

import dev.weft.component.annotations.WitBindings;
