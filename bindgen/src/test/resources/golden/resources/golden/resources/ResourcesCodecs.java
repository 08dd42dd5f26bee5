package golden.resources;

/**
 * Conversions between the Java types of world {@code test:resources/resources} and dynamic values.
 */
final class ResourcesCodecs {
    private ResourcesCodecs() {
    }
}
