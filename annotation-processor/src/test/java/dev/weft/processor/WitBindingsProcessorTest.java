package dev.weft.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The processor run by javac over annotated sources: what it generates, and each error it reports. */
class WitBindingsProcessorTest {
    private static final Path WIT = resourceDir("/wit");

    private static Path resourceDir(String name) {
        try {
            return Path.of(WitBindingsProcessorTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Compilation compile(JavaFileObject... sources) {
        return Compiler.javac().withProcessors(new WitBindingsProcessor())
                .withOptions("-Aweft.baseDir=" + WIT, "-Xlint:all", "-Werror")
                .compile(sources);
    }

    private static JavaFileObject packageInfo(String pkg, String annotations) {
        return JavaFileObjects.forSourceString(pkg + ".package-info",
                annotations + "\npackage " + pkg + ";\n\nimport dev.weft.component.annotations.WitBindings;\n");
    }

    @Test
    void generatesTheWorldIntoTheAnnotatedPackageAndUserCodeCompilesAgainstIt() {
        JavaFileObject user = JavaFileObjects.forSourceString("demo.greeter.Use", """
                package demo.greeter;

                final class Use {
                    static String greet(byte[] component) {
                        try (Greeter g = Greeter.builder().component(component).imports(line -> { }).build()) {
                            Greeting greeting = g.greet().hello("you");
                            return greeting.text() + greeting.exclamations();
                        }
                    }
                }
                """);
        Compilation c = compile(packageInfo("demo.greeter", "@WitBindings(wit = \"greeter\")"), user);
        assertThat(c).succeededWithoutWarnings();
        assertThat(c).generatedSourceFile("demo.greeter.Greeter");
        assertThat(c).generatedSourceFile("demo.greeter.Greeting");
        assertThat(c).generatedSourceFile("demo.greeter.GreeterImports");
    }

    @Test
    void repeatedAnnotationsOnATypeGenerateEachWorldIntoItsPackage() {
        JavaFileObject anchor = JavaFileObjects.forSourceString("demo.Anchor", """
                package demo;

                import dev.weft.component.annotations.WitBindings;

                @WitBindings(wit = "twoworlds", world = "first", packageName = "demo.first")
                @WitBindings(wit = "twoworlds/twoworlds.wit", world = "second", packageName = "demo.second")
                final class Anchor {
                }
                """);
        Compilation c = compile(anchor);
        assertThat(c).succeededWithoutWarnings();
        assertThat(c).generatedSourceFile("demo.first.First");
        assertThat(c).generatedSourceFile("demo.second.Second");
    }

    @Test
    void unstableFeaturesAreEnabledOnRequest() throws Exception {
        Path dir = Files.createTempDirectory("weft-gated");
        Files.writeString(dir.resolve("gated.wit"), """
                package test:gated;

                world gated {
                    @unstable(feature = shiny)
                    export shiny: func();
                    export plain: func();
                }
                """);
        String annotation = "@WitBindings(wit = \"" + dir.toString().replace("\\", "\\\\") + "\", features = \"shiny\")";
        JavaFileObject user = JavaFileObjects.forSourceString("demo.gated.Use", """
                package demo.gated;

                final class Use {
                    static void call(Gated g) {
                        g.shiny();
                        g.plain();
                    }
                }
                """);
        assertThat(compile(packageInfo("demo.gated", annotation), user)).succeededWithoutWarnings();
    }

    @Test
    void aComponentOnTheClasspathIsReadForItsWorld() {
        // A guest component of the conformance suite, read in place (not copied into this module).
        Path guests = WIT.resolve("../../../../conformance/src/test/resources/guests/demo").normalize();
        assertTrue(Files.isRegularFile(guests.resolve("test.wasm")), "missing " + guests);
        List<File> classpath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) classpath.add(new File(entry));
        classpath.add(guests.toFile());
        Compilation c = Compiler.javac().withProcessors(new WitBindingsProcessor()).withClasspath(classpath)
                .compile(packageInfo("demo.component", "@WitBindings(component = \"test.wasm\")"));
        assertThat(c).succeeded();
        assertThat(c).generatedSourceFile("demo.component.Root");
    }

    @Test
    void aMissingWitFolderIsAnErrorOnTheAnnotation() {
        JavaFileObject src = packageInfo("demo.missing", "@WitBindings(wit = \"no/such/folder\")");
        Compilation c = compile(src);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("WIT folder or file `no/such/folder` not found").inFile(src).onLineContaining("@WitBindings");
    }

    @Test
    void aWitSyntaxErrorNamesFileLineAndColumn() {
        JavaFileObject src = packageInfo("demo.broken", "@WitBindings(wit = \"broken\")");
        Compilation c = compile(src);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("broken.wit:4:").inFile(src).onLineContaining("@WitBindings");
    }

    @Test
    void aWitResolveErrorNamesFileLineAndColumn() {
        JavaFileObject src = packageInfo("demo.unresolved", "@WitBindings(wit = \"unresolved\")");
        Compilation c = compile(src);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("unresolved.wit:4:").inFile(src).onLineContaining("@WitBindings");
        assertThat(c).hadErrorContaining("no-such-type");
    }

    @Test
    void anUnknownWorldIsAnError() {
        JavaFileObject src = packageInfo("demo.unknown", "@WitBindings(wit = \"greeter\", world = \"nope\")");
        Compilation c = compile(src);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("no world `nope`").inFile(src).onLineContaining("@WitBindings");
    }

    @Test
    void severalWorldsNeedAName() {
        Compilation c = compile(packageInfo("demo.ambiguous", "@WitBindings(wit = \"twoworlds\")"));
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("has 2 worlds");
    }

    @Test
    void witAndComponentAreExclusive() {
        Compilation neither = compile(packageInfo("demo.neither", "@WitBindings(world = \"greeter\")"));
        assertThat(neither).hadErrorContaining("exactly one of `wit`");
        Compilation both = compile(packageInfo("demo.both", "@WitBindings(wit = \"greeter\", component = \"x.wasm\")"));
        assertThat(both).hadErrorContaining("exactly one of `wit`");
    }

    @Test
    void aMissingComponentResourceIsAnError() {
        Compilation c = compile(packageInfo("demo.nocomponent", "@WitBindings(component = \"guests/none.wasm\")"));
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("component resource `guests/none.wasm` not found");
    }

    @Test
    void anInvalidPackageNameIsAnError() {
        Compilation c = compile(packageInfo("demo.badpkg", "@WitBindings(wit = \"greeter\", packageName = \"not a.package\")"));
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("`not a.package` is not a valid Java package name");
    }

    @Test
    void relativePathsFallBackToTheCurrentDirectoryWithoutABaseDir() {
        Compilation c = Compiler.javac().withProcessors(new WitBindingsProcessor())
                .compile(packageInfo("demo.relative", "@WitBindings(wit = \"src/test/resources/wit/greeter\")"));
        assertThat(c).succeeded();
        assertThat(c).generatedSourceFile("demo.relative.Greeter");
    }
}
