/**
 * A Java program using a C library (checksums, hex, base64) compiled to a WebAssembly component; the
 * bindings ({@code CodecLib}, {@code Digest}, {@code Hasher}, …) are generated from {@code src/main/wit}
 * while this package compiles.
 */
@WitBindings(wit = "src/main/wit", world = "codec-lib")
package dev.weft.samples.codec;

import dev.weft.component.annotations.WitBindings;
