package dev.weft.processor;

import dev.weft.bindgen.Bindgen;
import dev.weft.bindgen.BindgenException;
import dev.weft.component.wit.WitException;
import dev.weft.component.wit.WitWorld;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Generates Java bindings for every {@code @WitBindings} annotation of the compilation with the Weft
 * bindings generator, as sources of the same compilation. Every problem becomes a compile error on the
 * annotation (on the offending value where there is one); the processor itself never fails the compiler.
 */
public final class WitBindingsProcessor extends AbstractProcessor {
    /** The annotation this processor reads. */
    static final String ANNOTATION = "dev.weft.component.annotations.WitBindings";
    /** Its container, present when the annotation is repeated. */
    static final String CONTAINER = ANNOTATION + ".List";
    /** Processor option: the directory relative {@code wit} paths are resolved against. */
    static final String BASE_DIR_OPTION = "weft.baseDir";

    /** Public no-argument constructor, for the compiler's service loader. */
    public WitBindingsProcessor() {}

    @Override
    public Set<String> getSupportedAnnotationTypes() { return Set.of(ANNOTATION, CONTAINER); }

    @Override
    public Set<String> getSupportedOptions() { return Set.of(BASE_DIR_OPTION); }

    @Override
    public SourceVersion getSupportedSourceVersion() { return SourceVersion.latestSupported(); }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Set<Element> annotated = new LinkedHashSet<>();
        for (TypeElement a : annotations) annotated.addAll(round.getElementsAnnotatedWith(a));
        for (Element e : annotated) {
            for (AnnotationMirror m : e.getAnnotationMirrors()) {
                String type = ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().toString();
                if (type.equals(ANNOTATION)) {
                    generate(BindingsRequest.read(e, m, processingEnv.getElementUtils()));
                } else if (type.equals(CONTAINER)) {
                    for (AnnotationMirror inner : containedMirrors(m)) {
                        generate(BindingsRequest.read(e, inner, processingEnv.getElementUtils()));
                    }
                }
            }
        }
        return true;
    }

    private static List<AnnotationMirror> containedMirrors(AnnotationMirror container) {
        for (Map.Entry<?, ? extends AnnotationValue> v : container.getElementValues().entrySet()) {
            return ((List<?>) v.getValue().getValue()).stream()
                    .map(item -> (AnnotationMirror) ((AnnotationValue) item).getValue()).toList();
        }
        return List.of();
    }

    private void generate(BindingsRequest request) {
        try {
            if (request.wit().isEmpty() == request.component().isEmpty()) {
                error(request, null, "@WitBindings needs exactly one of `wit` (WIT sources) or `component` (a component resource)");
                return;
            }
            String javaPackage = request.packageName().isEmpty()
                    ? processingEnv.getElementUtils().getPackageOf(request.element()).getQualifiedName().toString()
                    : request.packageName();
            if (!javaPackage.isEmpty() && !SourceVersion.isName(javaPackage)) {
                error(request, "packageName", "`" + javaPackage + "` is not a valid Java package name");
                return;
            }
            WitWorld world = loadWorld(request);
            if (world == null) return;
            write(request, Bindgen.generate(world, javaPackage));
        } catch (WitException e) {
            error(request, request.wit().isEmpty() ? "component" : "wit", "WIT error: " + e.getMessage());
        } catch (BindgenException e) {
            error(request, "world", "cannot generate bindings for " + request.source() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            // A generator or runtime bug must not crash the compiler: report it where it was triggered.
            error(request, null, "cannot generate bindings for " + request.source() + ": " + e);
        }
    }

    private WitWorld loadWorld(BindingsRequest request) {
        if (!request.wit().isEmpty()) {
            WitLocator locator = new WitLocator(processingEnv.getOptions().get(BASE_DIR_OPTION), processingEnv.getFiler());
            Path location = locator.locate(request.wit());
            if (location == null) {
                error(request, "wit", "WIT folder or file `" + request.wit() + "` not found (looked in "
                        + locator.bases().stream().map(Path::toString).collect(Collectors.joining(", "))
                        + "; set the processor option -A" + BASE_DIR_OPTION + "=DIR to resolve relative paths against DIR)");
                return null;
            }
            return WorldLoader.fromWit(location, request);
        }
        byte[] bytes = ComponentResources.read(processingEnv.getFiler(), request.component());
        if (bytes == null) {
            error(request, "component", "component resource `" + request.component()
                    + "` not found on the class output or classpath of this compilation");
            return null;
        }
        return WorldLoader.fromComponent(bytes, request);
    }

    private void write(BindingsRequest request, Bindgen bindings) {
        for (Map.Entry<String, String> source : bindings.sources().entrySet()) {
            String path = source.getKey();
            String className = path.substring(0, path.length() - ".java".length()).replace('/', '.');
            try {
                JavaFileObject file = processingEnv.getFiler().createSourceFile(className, request.element());
                try (Writer w = file.openWriter()) {
                    w.write(source.getValue());
                }
            } catch (IOException e) {
                error(request, null, "cannot write generated class " + className + ": " + e.getMessage());
                return;
            }
        }
    }

    private void error(BindingsRequest request, String valueName, String message) {
        AnnotationValue value = valueName == null ? null : request.value(valueName);
        if (value != null) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, request.element(), request.mirror(), value);
        } else {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, request.element(), request.mirror());
        }
    }
}
