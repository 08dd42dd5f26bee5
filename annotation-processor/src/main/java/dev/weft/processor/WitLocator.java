package dev.weft.processor;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds the WIT directory or file an annotation names. An absolute path is taken as is; a relative
 * one is resolved against the {@code weft.baseDir} processor option when given, and otherwise
 * against the project directory. The compiler does not know the project directory, so it is found
 * from where the build writes generated sources (Maven: {@code target/generated-sources/annotations}):
 * the nearest directory above it in which the path exists, then the current directory.
 */
final class WitLocator {
    private final String baseDir;
    private final Filer filer;

    WitLocator(String baseDir, Filer filer) {
        this.baseDir = baseDir;
        this.filer = filer;
    }

    /** Where to look, nearest first. */
    List<Path> bases() {
        Set<Path> out = new LinkedHashSet<>();
        if (baseDir != null && !baseDir.isBlank()) {
            out.add(Path.of(baseDir).toAbsolutePath().normalize());
            return new ArrayList<>(out);
        }
        Path generated = generatedSourcesDir();
        for (Path p = generated; p != null; p = p.getParent()) out.add(p);
        out.add(Path.of("").toAbsolutePath().normalize());
        return new ArrayList<>(out);
    }

    /** The existing directory or file {@code wit} names, or null. */
    Path locate(String wit) {
        Path given = Path.of(wit);
        if (given.isAbsolute()) return Files.exists(given) ? given.normalize() : null;
        for (Path base : bases()) {
            Path candidate = base.resolve(given).normalize();
            if (Files.exists(candidate)) return candidate;
        }
        return null;
    }

    private Path generatedSourcesDir() {
        try {
            FileObject probe = filer.getResource(StandardLocation.SOURCE_OUTPUT, "", "weft-probe");
            URI uri = probe.toUri();
            if (!"file".equals(uri.getScheme())) return null;
            return Path.of(uri).toAbsolutePath().normalize().getParent();
        } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
            // No file-system output location (e.g. an in-memory file manager): only the current directory is tried.
            return null;
        }
    }
}
