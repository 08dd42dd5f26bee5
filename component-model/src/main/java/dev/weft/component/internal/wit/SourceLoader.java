package dev.weft.component.internal.wit;

import dev.weft.component.wit.WitException;
import dev.weft.engine.MalformedModuleException;
import dev.weft.engine.internal.text.Wat;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads WIT from the file system: a directory's {@code *.wit} files form one package, and its
 * {@code deps/} folder holds dependencies, each a directory (with its own {@code deps/}), a single
 * {@code .wit} file, or a package encoded as a component ({@code .wasm}, or its text {@code .wat}).
 * Other files are ignored.
 */
public final class SourceLoader {
    private SourceLoader() {}

    /** The package sources of a directory, then those of its dependencies. */
    public static List<PackageSources> directory(Path dir) {
        List<PackageSources> out = new ArrayList<>();
        loadDirectory(dir, out);
        return out;
    }

    public static PackageSources file(Path file) {
        return PackageSources.group(List.of(Parser.parse(read(file))));
    }

    /** A file or a directory as a dependency location. */
    public static List<PackageSources> location(Path path) {
        if (Files.isDirectory(path)) return directory(path);
        return List.of(file(path));
    }

    /**
     * Dependencies given as encoded packages: {@code deps/*.wasm} and {@code deps/*.wat}, at every
     * level of the layout. {@link #encodedPackage} reads either kind.
     */
    public static List<Path> binaryDependencies(Path dir) {
        List<Path> out = new ArrayList<>();
        Path deps = dir.resolve("deps");
        if (!Files.isDirectory(deps)) return out;
        for (Path p : list(deps)) {
            String name = p.getFileName().toString();
            if (Files.isDirectory(p)) out.addAll(binaryDependencies(p));
            else if (name.endsWith(".wasm") || name.endsWith(".wat")) out.add(p);
        }
        return out;
    }

    /**
     * The component binary of an encoded package: the file's bytes, or for a {@code .wat} file its
     * component text encoded (a text error becomes a WitException at the text's line and column).
     */
    public static byte[] encodedPackage(Path file) {
        if (!file.getFileName().toString().endsWith(".wat") || isBinary(file)) return bytes(file);
        String text = read(file).text();
        try {
            return Wat.toBinary(text);
        } catch (MalformedModuleException e) {
            int[] at = textPosition(e.getMessage());
            throw new WitException(file.toString(), at[0], at[1], "component text: " + e.reason());
        }
    }

    /** The "line L:C" the text format puts in its messages, or 0:0. */
    private static int[] textPosition(String message) {
        Matcher m = LINE_COLUMN.matcher(message);
        return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : new int[] {0, 0};
    }

    private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d+):(\\d+)");

    /** Whether a file starts with the wasm preamble's magic. */
    public static boolean isBinary(Path file) {
        if (!Files.isRegularFile(file)) return false;
        try (var in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 0 && magic[1] == 'a' && magic[2] == 's' && magic[3] == 'm';
        } catch (IOException e) {
            return false;
        }
    }

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new WitException(file.toString(), 0, 0, "cannot read file: " + e.getMessage());
        }
    }

    private static void loadDirectory(Path dir, List<PackageSources> out) {
        List<Ast.File> files = new ArrayList<>();
        for (Path p : list(dir)) {
            if (Files.isRegularFile(p) && p.getFileName().toString().endsWith(".wit")) files.add(Parser.parse(read(p)));
        }
        if (files.isEmpty()) throw new WitException(dir.toString(), 0, 0, "no .wit files in this directory");
        out.add(PackageSources.group(files));
        Path deps = dir.resolve("deps");
        if (!Files.isDirectory(deps)) return;
        for (Path p : list(deps)) {
            if (Files.isDirectory(p)) loadDirectory(p, out);
            else if (p.getFileName().toString().endsWith(".wit")) out.add(file(p));
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new WitException(dir.toString(), 0, 0, "cannot list directory: " + e.getMessage());
        }
    }

    private static Source read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return new Source(file.toString(), text);
        } catch (CharacterCodingException e) {
            throw new WitException(file.toString(), 0, 0, "file is not valid UTF-8");
        } catch (IOException e) {
            throw new WitException(file.toString(), 0, 0, "cannot read file: " + e.getMessage());
        }
    }
}
