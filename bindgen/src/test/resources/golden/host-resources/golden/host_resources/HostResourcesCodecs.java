package golden.host_resources;

/**
 * Conversions between the Java types of world {@code test:host-resources/host-resources} and dynamic values.
 */
final class HostResourcesCodecs {
    private HostResourcesCodecs() {
    }
}
