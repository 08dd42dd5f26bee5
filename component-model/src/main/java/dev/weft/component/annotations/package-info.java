/**
 * Annotations read at compile time by the Weft annotation processor (artifact
 * {@code weft-annotation-processor}): {@link WitBindings} generates Java bindings for a WIT world
 * into the annotated code's compilation. They have source retention; nothing here is used at run time.
 */
package dev.weft.component.annotations;
