/** Round trips of test:numbers: the guest's exports ({@code test}) and the runner's imports ({@code runner}). */
@WitBindings(wit = "numbers", world = "test", packageName = "dev.weft.conformance.bindings.numbers.test")
@WitBindings(wit = "numbers", world = "runner", packageName = "dev.weft.conformance.bindings.numbers.runner")
package dev.weft.conformance.bindings.numbers;

import dev.weft.component.annotations.WitBindings;
