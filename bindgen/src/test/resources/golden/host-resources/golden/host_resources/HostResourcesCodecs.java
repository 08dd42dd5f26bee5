package golden.host_resources;

import dev.weft.component.ResourceType;

/**
 * Conversions of the Java types of world {@code test:host-resources/host-resources}: to and from dynamic values, and the typed path's
 * Canonical ABI code.
 */
final class HostResourcesCodecs {
    static final ResourceType FILE_TYPE = ResourceType.host("file");

    private HostResourcesCodecs() {
    }
}
