package dev.weft.component.wit;

/**
 * The feature gate of a WIT item: {@code @since(version = …)} gives {@link #since()},
 * {@code @unstable(feature = …)} gives {@link #feature()}, and {@code @deprecated(version = …)} gives
 * {@link #deprecated()}. Absent parts are null; an item with no gate has {@link #UNKNOWN}.
 */
public record Stability(String since, String feature, String deprecated) {
    public static final Stability UNKNOWN = new Stability(null, null, null);

    public boolean isUnknown() { return since == null && feature == null; }

    public boolean isUnstable() { return feature != null; }
}
