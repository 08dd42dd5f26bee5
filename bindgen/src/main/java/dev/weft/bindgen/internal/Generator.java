package dev.weft.bindgen.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.weft.component.wit.TypeDef;
import dev.weft.component.wit.WitWorld;
import dev.weft.component.wit.WorldItem;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/** One generation run: a world and a Java package in, Java sources (by relative path) out. */
public final class Generator {
    private Generator() {}

    /** The sources for {@code world} in package {@code javaPackage}, keyed by path ({@code a/b/C.java}), sorted. */
    public static Map<String, String> generate(WitWorld world, String javaPackage) {
        Context cx = new Context(javaPackage);
        TypeMapper types = new TypeMapper(cx);
        ClassName worldClass = cx.claim(Names.pascal(world.name()), null);
        cx.codecs = cx.claim(worldClass.simpleName() + "Codecs", null);

        Set<TypeDef> defs = new LinkedHashSet<>();
        Set<TypeDef> exported = new LinkedHashSet<>();
        for (WorldItem item : world.imports().values()) collect(item, defs);
        for (WorldItem item : world.exports().values()) {
            collect(item, defs);
            if (item instanceof WorldItem.InterfaceItem i) {
                for (TypeDef d : i.iface().types().values()) if (d.unaliased().isResource()) exported.add(d.unaliased());
            }
        }
        for (TypeDef d : defs) {
            ClassName c = cx.claim(Names.pascal(d.name()), Context.ownerName(d));
            cx.types.put(d, c);
            if (d.isResource() && !exported.contains(d)) cx.importedResources.put(d, Names.constant(c.simpleName()) + "_TYPE");
            if (d.isResource() && exported.contains(d)) cx.exportedIndex.put(d, cx.exportedIndex.size());
        }

        TypeSpec.Builder codecs = TypeSpec.classBuilder(cx.codecs).addModifiers(Modifier.FINAL)
                .addJavadoc("Conversions of the Java types of world {@code $L}: to and from dynamic values, and the typed path's\n"
                        + "Canonical ABI code.\n", world.qualifiedName())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        // One ResourceType per host-implemented resource, shared by import adapters and export calls.
        cx.importedResources.forEach((def, field) -> codecs.addField(FieldSpec.builder(TypeMapper.RESOURCE_TYPE, field,
                Modifier.STATIC, Modifier.FINAL).initializer("$T.host($S)", TypeMapper.RESOURCE_TYPE, def.name()).build()));
        TypeEmitter emitter = new TypeEmitter(cx, types, codecs);
        for (TypeDef d : defs) if (!d.isResource()) emitter.emit(d);
        new WorldEmitter(cx, types, new FastCodecs(cx, types, codecs), world, worldClass).emit();
        cx.add(codecs.build());

        Map<String, String> out = new TreeMap<>();
        for (JavaFile f : cx.files) {
            out.put(javaPackage.replace('.', '/') + (javaPackage.isEmpty() ? "" : "/") + f.typeSpec().name() + ".java", f.toString());
        }
        return out;
    }

    private static void collect(WorldItem item, Set<TypeDef> defs) {
        switch (item) {
            case WorldItem.InterfaceItem i -> {
                for (TypeDef d : i.iface().types().values()) add(d, defs);
            }
            case WorldItem.TypeItem t -> add(t.type(), defs);
            case WorldItem.FunctionItem f -> { }
        }
    }

    private static void add(TypeDef d, Set<TypeDef> defs) {
        if (!(d.kind() instanceof TypeDef.Alias)) defs.add(d);
    }
}
