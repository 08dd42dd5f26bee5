package dev.weft.bindgen;

import dev.weft.bindgen.internal.Generator;
import dev.weft.component.wit.Resolve;
import dev.weft.component.wit.Wit;
import dev.weft.component.wit.WitException;
import dev.weft.component.wit.WitWorld;
import dev.weft.engine.Engine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Generates Java bindings for a WIT world: a world class (builder, exported functions, a facade per
 * exported interface), Java interfaces for the imports the host implements, and Java types for the
 * WIT types. Output is deterministic: the same world and package always give the same sources.
 * <pre>{@code
 * WitWorld world = Bindgen.loadWorld(Path.of("wit"), "calculator");
 * Bindgen.generate(world, "com.example.calc").writeTo(Path.of("src/generated/java"));
 * }</pre>
 *
 * @param sources the generated sources by relative path ({@code com/example/calc/Calculator.java}),
 *                in path order
 */
public record Bindgen(Map<String, String> sources) {
    public Bindgen {
        sources = Map.copyOf(sources);
    }

    /** The bindings of {@code world} in Java package {@code javaPackage}; BindgenException for unsupported WIT. */
    public static Bindgen generate(WitWorld world, String javaPackage) {
        Objects.requireNonNull(world, "world");
        Objects.requireNonNull(javaPackage, "javaPackage");
        return new Bindgen(Generator.generate(world, javaPackage));
    }

    /**
     * Loads a world from a WIT directory or file, or from a component binary ({@code .wasm}): WIT
     * packages it holds if it is a WIT package binary, otherwise the world its imports and exports
     * form. {@code worldName} may be null when there is only one world.
     */
    public static WitWorld loadWorld(Path source, String worldName) throws IOException {
        if (Files.isDirectory(source)) return Wit.parseDirectory(source).selectWorld(worldName);
        byte[] bytes = Files.readAllBytes(source);
        if (!isWasm(bytes)) return Wit.parseFile(source).selectWorld(worldName);
        Resolve packaged;
        try {
            packaged = Wit.parseBinary(bytes, source.toString());
        } catch (WitException notAPackage) {
            packaged = null;
        }
        if (packaged != null && packaged.mainPackage() != null && !packaged.mainPackage().worlds().isEmpty()) {
            return packaged.selectWorld(worldName);
        }
        return Wit.componentWorld(Engine.create(), bytes, source.toString()).selectWorld(null);
    }

    /** Writes the sources under {@code dir}, creating directories as needed. */
    public void writeTo(Path dir) throws IOException {
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(sources).entrySet()) {
            Path file = dir.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** The relative paths under {@code dir} whose content differs from (or lacks) the generated source. */
    public List<String> differences(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(sources).entrySet()) {
            Path file = dir.resolve(e.getKey());
            if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(e.getValue())) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    private static boolean isWasm(byte[] b) {
        return b.length >= 4 && b[0] == 0 && b[1] == 'a' && b[2] == 's' && b[3] == 'm';
    }
}
