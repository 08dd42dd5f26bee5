package dev.weft.bindgen.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.weft.bindgen.BindgenException;
import dev.weft.component.wit.TypeDef;
import dev.weft.component.wit.WitInterface;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;

/**
 * What one generation run shares: the target package, the Java class of each WIT type definition,
 * the top-level names taken so far (clashes get a deterministic prefix or counter) and the files made.
 */
final class Context {
    /** Contract version written into generated code and checked by the runtime. */
    static final int CONTRACT_VERSION = 1;

    final String javaPackage;
    final Map<TypeDef, ClassName> types = new LinkedHashMap<>();
    /** Exported resources, numbered for the typed path ({@code Canon.exported}). */
    final Map<TypeDef, Integer> exportedIndex = new LinkedHashMap<>();
    /** Imported resources (implemented in Java): the builder field holding each one's ResourceType. */
    final Map<TypeDef, String> importedResources = new LinkedHashMap<>();
    final Map<String, ClassName> exceptions = new LinkedHashMap<>();
    final List<JavaFile> files = new ArrayList<>();
    private final Set<String> topLevel = new HashSet<>();
    ClassName codecs;

    /**
     * Simple names generated code may refer to without qualification: java.lang types and the types
     * it imports. Generated top-level classes never take them, so references stay unambiguous.
     */
    private static final Set<String> RESERVED = Set.of("String", "Object", "Override", "Record", "Enum", "Integer",
            "Long", "Short", "Byte", "Boolean", "Character", "Float", "Double", "Void", "Error", "Exception",
            "RuntimeException", "Class", "System", "Math", "Number", "Iterable", "AutoCloseable", "Comparable",
            "Deprecated", "SuppressWarnings", "FunctionalInterface", "SafeVarargs", "IllegalArgumentException",
            "IllegalStateException", "List", "Optional", "EnumSet", "Objects", "Map", "ArrayList", "LinkedHashMap", "Collections", "Val", "Type", "Resource",
            "ComponentInstance", "ComponentLinker", "ComponentFuncType", "Vals", "Result", "Tuple1", "Tuple2", "Tuple3",
            "Tuple4", "Tuple5", "Tuple6", "BindingsVersion", "WorldBuilder", "ExportedResource", "ErrorResultException",
            "Canon", "TypedExport", "ResourceType");

    Context(String javaPackage) {
        this.javaPackage = javaPackage;
        for (String r : RESERVED) topLevel.add(r.toLowerCase());
    }

    /** Claims a top-level class name: {@code preferred}, else {@code prefix + preferred}, else numbered. */
    ClassName claim(String preferred, String prefix) {
        String name = preferred;
        if (topLevel.contains(name.toLowerCase()) && prefix != null) name = prefix + preferred;
        String base = name;
        for (int i = 2; topLevel.contains(name.toLowerCase()); i++) name = base + i;
        topLevel.add(name.toLowerCase());
        return ClassName.get(javaPackage, name);
    }

    void add(TypeSpec spec) {
        files.add(JavaFile.builder(javaPackage, spec).skipJavaLangImports(true).indent("    ").build());
    }

    ClassName classOf(TypeDef def) {
        ClassName c = types.get(def.unaliased());
        if (c == null) throw new BindgenException("type `" + def.name() + "` is not part of the world");
        return c;
    }

    static String ownerName(TypeDef def) {
        WitInterface i = def.ownerInterface();
        return i != null && i.name() != null ? Names.pascal(i.name()) : null;
    }
}
