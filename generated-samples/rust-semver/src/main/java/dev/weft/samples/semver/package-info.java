/**
 * Semantic versions for Java from a Rust library compiled to a WebAssembly component, packaged as an
 * ordinary jar: the component is a resource of this jar and the bindings ({@code SemverLib},
 * {@code Version}, {@code Requirement}, …) are generated from {@code src/main/wit} and compiled into it.
 * {@link dev.weft.samples.semver.SemverLibrary#load()} instantiates the library.
 */
@WitBindings(wit = "src/main/wit", world = "semver-lib")
package dev.weft.samples.semver;

import dev.weft.component.annotations.WitBindings;
