package dev.weft.engine.internal.model;

/**
 * One entry of the type section after rec groups are flattened: {@code (sub final? supers comp)}.
 * A plain composite type in the binary is {@code final} with no supertypes.
 *
 * @param recGroupStart index of the first type of the rec group this type belongs to
 * @param recGroupSize number of types in that rec group
 */
public record SubType(boolean isFinal, int[] supertypes, CompositeType composite,
                      int recGroupStart, int recGroupSize) {

    public CompositeType.Func func() { return (CompositeType.Func) composite; }

    public boolean isFunc() { return composite instanceof CompositeType.Func; }
}
