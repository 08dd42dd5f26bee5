package golden.host_resources;

import dev.weft.component.ResourceType;

/**
 * Conversions between the Java types of world {@code test:host-resources/host-resources} and dynamic values.
 */
final class HostResourcesCodecs {
    static final ResourceType FILE_TYPE = ResourceType.host("file");

    private HostResourcesCodecs() {
    }
}
