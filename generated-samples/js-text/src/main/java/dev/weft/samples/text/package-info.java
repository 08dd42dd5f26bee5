/**
 * A Java program using a JavaScript text library (statistics, word frequencies, slugs, word wrap and a
 * small full-text index) compiled to a WebAssembly component; the bindings ({@code TextLib},
 * {@code Stats}, {@code Index}, …) are generated from {@code src/main/wit} while this package compiles.
 */
@WitBindings(wit = "src/main/wit", world = "text-lib")
package dev.weft.samples.text;

import dev.weft.component.annotations.WitBindings;
