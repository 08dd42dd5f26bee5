package dev.weft.component.wit;

import dev.weft.component.internal.binary.ComponentDecoder;
import dev.weft.component.internal.model.ComponentAst;
import dev.weft.component.internal.validate.ComponentValidator;
import dev.weft.component.internal.validate.ValidatedComponent;
import dev.weft.component.internal.wit.PackageSources;
import dev.weft.component.internal.wit.Parser;
import dev.weft.component.internal.wit.Source;
import dev.weft.component.internal.wit.SourceLoader;
import dev.weft.engine.Engine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entry point of the WIT front end: parses and resolves WIT sources into a {@link Resolve}.
 * The static methods use no unstable features; {@link #withFeatures} and {@link #withDependency}
 * configure a parser that enables {@code @unstable} features or adds dependency locations (package
 * directories or files) beyond a directory's own {@code deps/}.
 *
 * <p>Component binaries are read too: {@link #parseBinary} for WIT packages encoded as a component
 * (also found as {@code deps/*.wasm}, or as component text in {@code deps/*.wat}), {@link #componentWorld} for the world a component's own imports
 * and exports form. {@link WitPrinter} prints a {@link Resolve} back as WIT.
 *
 * <p>Every problem in WIT text is reported as a {@link WitException} naming file, line and column
 * (problems in binaries name the file only).
 */
public final class Wit {
    private final Set<String> features;
    private final boolean allFeatures;
    private final List<Path> dependencies;

    private Wit(Set<String> features, boolean allFeatures, List<Path> dependencies) {
        this.features = Set.copyOf(features);
        this.allFeatures = allFeatures;
        this.dependencies = List.copyOf(dependencies);
    }

    /** A parser with no unstable features and no extra dependencies. */
    public static Wit parser() { return new Wit(Set.of(), false, List.of()); }

    /** Resolves a directory: its {@code *.wit} files form the main package; {@code deps/} holds dependencies. */
    public static Resolve parseDirectory(Path dir) { return parser().directory(dir); }

    /**
     * Resolves one file: WIT text (which may hold nested packages), or a component binary holding WIT
     * packages in the spec's package format (recognised by its {@code \0asm} preamble).
     */
    public static Resolve parseFile(Path file) { return parser().file(file); }

    /**
     * Reads the WIT packages a component binary holds (WIT.md "Package Format"). Interfaces it uses
     * from packages it does not hold come back as packages with just what the binary shows of them;
     * gates are not kept in binaries, so every item has {@link Stability#UNKNOWN}.
     */
    public static Resolve parseBinary(byte[] component, String fileName) {
        BinaryWitDecoder.Decoded d = decodeBinary(component, fileName);
        return new Resolve(d.packages(), d.main());
    }

    /** Resolves WIT text; {@code fileName} names it in error messages. */
    public static Resolve parseString(String text, String fileName) { return parser().string(text, fileName); }

    /**
     * The world a component's own imports and exports form, as {@code root:component/root} (interfaces
     * it imports or exports by interface name come back in packages of those names). The component is
     * validated with {@code engine}. For binaries that hold WIT packages, use {@link #parseBinary}.
     */
    public static Resolve componentWorld(Engine engine, byte[] component, String fileName) {
        if (ComponentDecoder.kindOf(component) != ComponentDecoder.Kind.COMPONENT) {
            throw new WitException(fileName, 0, 0, "not a component binary");
        }
        ValidatedComponent validated;
        try {
            validated = ComponentValidator.validate(engine, ComponentDecoder.decode(component));
        } catch (RuntimeException e) {
            throw new WitException(fileName, 0, 0, "invalid component: " + e.getMessage());
        }
        return ComponentWorldReader.read(validated.type(), fileName);
    }

    /** This parser with these {@code @unstable} features enabled as well. */
    public Wit withFeatures(String... names) {
        Set<String> all = new HashSet<>(features);
        all.addAll(List.of(names));
        return new Wit(all, allFeatures, dependencies);
    }

    /** This parser with every {@code @unstable} feature enabled. */
    public Wit withAllFeatures() { return new Wit(features, true, dependencies); }

    /** This parser with one more dependency location: a package directory (with its deps) or a file. */
    public Wit withDependency(Path location) {
        List<Path> deps = new ArrayList<>(dependencies);
        deps.add(location);
        return new Wit(features, allFeatures, deps);
    }

    public Resolve directory(Path dir) {
        List<PackageSources> groups = new ArrayList<>(SourceLoader.directory(dir));
        return resolve(groups, SourceLoader.binaryDependencies(dir));
    }

    public Resolve file(Path file) {
        // Binary packages are self-contained: what they use from elsewhere is copied into them.
        if (SourceLoader.isBinary(file)) return parseBinary(SourceLoader.bytes(file), file.toString());
        List<PackageSources> groups = new ArrayList<>();
        groups.add(SourceLoader.file(file));
        return resolve(groups, List.of());
    }

    public Resolve string(String text, String fileName) {
        List<PackageSources> groups = new ArrayList<>();
        groups.add(PackageSources.group(List.of(Parser.parse(new Source(fileName, text)))));
        return resolve(groups, List.of());
    }

    private Resolve resolve(List<PackageSources> groups, List<Path> binaries) {
        Resolver resolver = new Resolver(features, allFeatures);
        List<Path> allBinaries = new ArrayList<>(binaries);
        for (Path dep : dependencies) {
            if (SourceLoader.isBinary(dep)) {
                allBinaries.add(dep);
            } else {
                groups.addAll(SourceLoader.location(dep));
                if (java.nio.file.Files.isDirectory(dep)) allBinaries.addAll(SourceLoader.binaryDependencies(dep));
            }
        }
        for (Path b : allBinaries) {
            for (WitPackage p : decodeBinary(SourceLoader.encodedPackage(b), b.toString()).packages()) resolver.addExternal(p);
        }
        return resolver.resolve(groups);
    }

    private static BinaryWitDecoder.Decoded decodeBinary(byte[] component, String fileName) {
        if (ComponentDecoder.kindOf(component) != ComponentDecoder.Kind.COMPONENT) {
            throw new WitException(fileName, 0, 0, "not a component binary");
        }
        ComponentAst ast;
        try {
            ast = ComponentDecoder.decode(component);
        } catch (RuntimeException e) {
            throw new WitException(fileName, 0, 0, "malformed component: " + e.getMessage());
        }
        return BinaryWitDecoder.decode(ast, fileName, Map.of());
    }
}
