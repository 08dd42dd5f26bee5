/**
 * Jazzer fuzz targets for the engine's front ends. Under a normal build they replay their seed
 * corpus (regression mode); with {@code JAZZER_FUZZ=1} they fuzz. Each target lets only the
 * documented Weft exceptions through: any other throwable is a finding.
 */
package dev.weft.engine.fuzz;
