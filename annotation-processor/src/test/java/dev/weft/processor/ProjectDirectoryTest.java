package dev.weft.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without {@code -Aweft.baseDir}, a relative {@code wit} path is found above the generated-sources
 * folder, as in a Maven build: compiled here with real directories (compile-testing keeps its output
 * in memory, which has no place in the file system to start from).
 */
class ProjectDirectoryTest {
    @Test
    void aRelativeWitPathIsResolvedAgainstTheProjectAboveTheGeneratedSources(@TempDir Path project) throws IOException {
        Files.createDirectories(project.resolve("src/main/wit"));
        Files.writeString(project.resolve("src/main/wit/hello.wit"), """
                package test:hello;

                world hello {
                    export hi: func() -> string;
                }
                """);
        Path pkg = Files.createDirectories(project.resolve("src/main/java/demo/hello"));
        Files.writeString(pkg.resolve("package-info.java"), """
                @WitBindings(wit = "src/main/wit")
                package demo.hello;

                import dev.weft.component.annotations.WitBindings;
                """);
        Path generated = Files.createDirectories(project.resolve("target/generated-sources/annotations"));
        Path classes = Files.createDirectories(project.resolve("target/classes"));

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            JavaCompiler.CompilationTask task = javac.getTask(diagnostics, files, null,
                    List.of("-classpath", System.getProperty("java.class.path"), "-proc:only"), null,
                    files.getJavaFileObjects(pkg.resolve("package-info.java")));
            task.setProcessors(List.of(new WitBindingsProcessor()));
            assertTrue(task.call(), diagnostics.toString());
        }
        assertTrue(Files.isRegularFile(generated.resolve("demo/hello/Hello.java")), diagnostics.toString());
        assertEquals("", diagnostics.toString());
    }
}
