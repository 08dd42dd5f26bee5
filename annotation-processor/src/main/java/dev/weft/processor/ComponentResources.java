package dev.weft.processor;

import java.io.IOException;
import java.io.InputStream;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * Reads a component binary named as a classpath resource of the compilation: from the class output
 * (resources the build copied there before compiling) or the compile classpath.
 */
final class ComponentResources {
    private static final JavaFileManager.Location[] PLACES = {
            StandardLocation.CLASS_OUTPUT, StandardLocation.CLASS_PATH, StandardLocation.SOURCE_PATH};

    private ComponentResources() {}

    /** The resource's bytes, or null when no location holds it. */
    static byte[] read(Filer filer, String resource) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        for (JavaFileManager.Location place : PLACES) {
            try {
                FileObject file = filer.getResource(place, "", name);
                try (InputStream in = file.openInputStream()) {
                    return in.readAllBytes();
                }
            } catch (IOException | IllegalArgumentException e) {
                // Not in this location (or the location is unknown to the file manager): try the next.
            }
        }
        return null;
    }
}
