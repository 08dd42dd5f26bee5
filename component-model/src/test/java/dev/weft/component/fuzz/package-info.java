/**
 * Jazzer fuzz targets for the component decoder, validator and text format and for the WIT parser.
 * Under a normal build they replay their seed corpus; with {@code JAZZER_FUZZ=1} they fuzz. Only
 * the documented Weft exceptions may come out: any other throwable is a finding.
 */
package dev.weft.component.fuzz;
