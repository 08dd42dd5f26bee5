/**
 * The {@code .wast} script format of the spec test suite and of the component-model tests:
 * {@link dev.weft.engine.internal.text.wast.WastScript} reads a script into {@link
 * dev.weft.engine.internal.text.wast.WastCommand}s whose arguments are {@link
 * dev.weft.engine.internal.text.wast.WastValue}s and expected results {@link
 * dev.weft.engine.internal.text.wast.WastExpected} patterns. Modules and components stay
 * unconverted ({@link dev.weft.engine.internal.text.wast.ModuleSource}, whose {@code kind()} tells
 * them apart) until a command runs. An invoke on a component instance carries {@link
 * dev.weft.engine.internal.text.wast.WastComponentValue}s instead ({@code Invoke.componentArgs},
 * {@code AssertReturn.componentExpected}).
 */
package dev.weft.engine.internal.text.wast;
