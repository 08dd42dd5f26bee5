package dev.weft.bindgen;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated sources with javac into a directory, with {@code -Xlint:all -Werror} and Javadoc syntax, HTML and reference checks. */
final class InMemoryCompiler {
    private InMemoryCompiler() {}

    /** Compiles {@code sources} (relative path → text) into {@code out}; fails with javac's diagnostics. */
    static void compile(Map<String, String> sources, Path out) throws IOException {
        Path src = out.resolve("src");
        Path classes = out.resolve("classes");
        Files.createDirectories(classes);
        List<File> files = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path f = src.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.writeString(f, e.getValue());
            files.add(f.toFile());
        }
        String classpath = String.join(File.pathSeparator, System.getProperty("java.class.path", ""),
                System.getProperty("jdk.module.path", ""));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
            Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromFiles(files);
            boolean ok = javac.getTask(diagnostics, fm, null,
                    List.of("-Xlint:all", "-Werror", "-Xdoclint:syntax,html,reference", "--release", "25", "-classpath", classpath,
                            "-d", classes.toString()), null, units).call();
            if (!ok) throw new AssertionError("generated code does not compile cleanly:\n" + diagnostics);
        }
    }
}
