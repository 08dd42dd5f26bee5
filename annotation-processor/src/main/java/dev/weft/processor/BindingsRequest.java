package dev.weft.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;

/**
 * The values of one {@code @WitBindings} annotation, read from its mirror (not through reflection, so
 * the processor never needs the annotation class of the code being compiled), together with the
 * element and mirror that errors are reported on.
 */
record BindingsRequest(Element element, AnnotationMirror mirror, String wit, String component, String world,
                       String packageName, List<String> features) {

    /** Reads {@code mirror}, an annotation of type {@code WitBindings} on {@code element}. */
    static BindingsRequest read(Element element, AnnotationMirror mirror, Elements elements) {
        Map<? extends ExecutableElement, ? extends AnnotationValue> values = elements.getElementValuesWithDefaults(mirror);
        String wit = "";
        String component = "";
        String world = "";
        String packageName = "";
        List<String> features = new ArrayList<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : values.entrySet()) {
            Object v = e.getValue().getValue();
            switch (e.getKey().getSimpleName().toString()) {
                case "wit" -> wit = (String) v;
                case "component" -> component = (String) v;
                case "world" -> world = (String) v;
                case "packageName" -> packageName = (String) v;
                case "features" -> {
                    for (Object item : (List<?>) v) features.add((String) ((AnnotationValue) item).getValue());
                }
                default -> { }
            }
        }
        return new BindingsRequest(element, mirror, wit.strip(), component.strip(), world.strip(), packageName.strip(),
                List.copyOf(features));
    }

    /** The mirror's value for {@code name} as written (for pointing errors at it), or null when defaulted. */
    AnnotationValue value(String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) return e.getValue();
        }
        return null;
    }

    /** What the request names, for messages: the WIT path or the component resource. */
    String source() {
        return wit.isEmpty() ? "component `" + component + "`" : "WIT `" + wit + "`";
    }
}
