/**
 * The {@code .wast} script format of the spec test suite: {@link
 * dev.weft.engine.internal.text.wast.WastScript} reads a script into {@link
 * dev.weft.engine.internal.text.wast.WastCommand}s whose arguments are {@link
 * dev.weft.engine.internal.text.wast.WastValue}s and expected results {@link
 * dev.weft.engine.internal.text.wast.WastExpected} patterns. Modules stay unconverted ({@link
 * dev.weft.engine.internal.text.wast.ModuleSource}) until a command runs.
 */
package dev.weft.engine.internal.text.wast;
