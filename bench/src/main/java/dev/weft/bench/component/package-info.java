/**
 * Benchmarks of calls into a component: the typed path generated bindings take, next to the dynamic
 * {@code Val} API, for a scalar call, a 1 KiB string round trip and a 1 MiB {@code list<u8>} round trip.
 */
@WitBindings(wit = "src/main/wit/calls.wit", world = "calls")
package dev.weft.bench.component;

import dev.weft.component.annotations.WitBindings;
