package dev.weft.bindgen.internal;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.weft.bindgen.BindgenException;
import dev.weft.component.Type;
import dev.weft.component.bindings.AbiLayout;
import dev.weft.component.wit.TypeDef;
import dev.weft.component.wit.WitFunction;
import dev.weft.component.wit.WitInterface;
import dev.weft.component.wit.WitType;
import dev.weft.component.wit.WitWorld;
import dev.weft.component.wit.WorldItem;
import dev.weft.component.wit.WorldKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The world class (builder, exported functions, one facade per exported interface), the Java
 * interfaces for imports, and the classes of exported resources.
 */
final class WorldEmitter {
    private static final ClassName LINKER = ClassName.get("dev.weft.component", "ComponentLinker");
    private static final ClassName HOST_INSTANCE = LINKER.nestedClass("HostInstance");
    private static final ClassName FUNC_TYPE = ClassName.get("dev.weft.component", "ComponentFuncType");
    private static final ClassName WORLD_BUILDER = ClassName.get("dev.weft.component.bindings", "WorldBuilder");
    private static final ClassName VERSION = ClassName.get("dev.weft.component.bindings", "BindingsVersion");
    private static final ClassName TYPED_EXPORT = ClassName.get("dev.weft.component.bindings", "TypedExport");
    private static final ClassName EXPORTED_RESOURCE = ClassName.get("dev.weft.component.bindings", "ExportedResource");

    private final Context cx;
    private final TypeMapper types;
    private final FastCodecs fast;
    private final Signatures sigs;
    private final WitWorld world;
    private final ClassName worldClass;

    WorldEmitter(Context cx, TypeMapper types, FastCodecs fast, WitWorld world, ClassName worldClass) {
        this.cx = cx;
        this.types = types;
        this.fast = fast;
        this.sigs = new Signatures(cx, types);
        this.world = world;
        this.worldClass = worldClass;
    }

    /** One import to implement in Java: its external name, Java interface and functions. */
    private record Import(String externalName, ClassName iface, String setter, List<WitFunction> functions, boolean root, String prefix,
                          WitInterface witInterface, Map<WitFunction, String> javaNames) {}

    /** The Java interfaces of imported (host-implemented) resources, by resource. */
    private final Map<TypeDef, TypeSpec.Builder> hostResources = new LinkedHashMap<>();
    private final Map<TypeDef, Set<String>> resourceMembers = new LinkedHashMap<>();

    /** Imported interfaces with types only: the host provides their type exports, nothing to implement. */
    private final Map<String, WitInterface> typeOnlyImports = new LinkedHashMap<>();

    void emit() {
        TypeSpec.Builder w = TypeSpec.classBuilder(worldClass).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(AutoCloseable.class)
                .addJavadoc(Docs.with(world.docs(), "Bindings for WIT world {@code " + world.qualifiedName()
                        + "}: build an instance with {@link #builder()}, call the exports, then close it."))
                .addStaticBlock(CodeBlock.of("$T.check($L);\n", VERSION, Context.CONTRACT_VERSION))
                .addField(TypeMapper.INSTANCE, "_inst", Modifier.PRIVATE, Modifier.FINAL);
        MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(TypeMapper.INSTANCE, "_inst").addStatement("this._inst = _inst")
                .addStatement("$T[] _types = $L", TypeMapper.RESOURCE_TYPE, exportedTypes());
        Set<String> members = new HashSet<>(Set.of("builder", "close"));
        Set<String> nested = new HashSet<>(Set.of(worldClass.simpleName().toLowerCase(), "builder"));

        for (TypeDef r : cx.importedResources.keySet()) hostResources.computeIfAbsent(r, this::hostResource);
        List<Import> imports = imports();
        hostResources.values().forEach(r -> cx.add(r.build()));
        List<WitFunction> rootExports = new ArrayList<>();
        for (Map.Entry<WorldKey, WorldItem> e : world.exports().entrySet()) {
            switch (e.getValue()) {
                case WorldItem.FunctionItem f -> rootExports.add(f.function());
                case WorldItem.InterfaceItem i -> {
                    String key = e.getKey() instanceof WorldKey.Interface ki ? ki.iface().name() : e.getKey().externalName();
                    ClassName facade = worldClass.nestedClass(TypeEmitter.unique(Names.pascal(key), nested));
                    String accessor = TypeEmitter.unique(Names.member(key), members);
                    w.addType(facade(facade, i.iface(), e.getKey().externalName()));
                    w.addField(facade, accessor, Modifier.PRIVATE, Modifier.FINAL);
                    ctor.addStatement("this.$L = new $T(_inst, _types)", accessor, facade);
                    w.addMethod(MethodSpec.methodBuilder(accessor).addModifiers(Modifier.PUBLIC).returns(facade)
                            .addJavadoc("The exported interface {@code $L}.\n", e.getKey().externalName())
                            .addStatement("return $L", accessor).build());
                }
                case WorldItem.TypeItem t -> { }
            }
        }
        for (WitFunction f : rootExports) {
            w.addMethod(exportCall(f, TypeEmitter.unique(Names.member(f.name()), members), "world", w, ctor, "_inst"));
        }
        w.addMethod(ctor.build());
        w.addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(worldClass.nestedClass("Builder"))
                .addJavadoc("A builder: give it the component and the implementations of the imports.\n")
                .addStatement("return new Builder()").build());
        w.addMethod(MethodSpec.methodBuilder("close").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .addJavadoc("Ends the use of this instance; later calls throw IllegalStateException.\n")
                .addStatement("_inst.close()").build());
        w.addType(builder(imports));
        cx.add(w.build());
    }

    // ---- imports ----

    private List<Import> imports() {
        List<Import> out = new ArrayList<>();
        List<WitFunction> rootFunctions = new ArrayList<>();
        Set<String> setters = new HashSet<>(Set.of("engine", "component", "componentresource", "build", "link", "create"));
        for (Map.Entry<WorldKey, WorldItem> e : world.imports().entrySet()) {
            switch (e.getValue()) {
                case WorldItem.FunctionItem f -> rootFunctions.add(f.function());
                case WorldItem.InterfaceItem i -> {
                    if (i.iface().functions().isEmpty()) {
                        typeOnlyImports.put(e.getKey().externalName(), i.iface());
                        continue;
                    }
                    String key = e.getKey() instanceof WorldKey.Interface ki ? ki.iface().name() : e.getKey().externalName();
                    ClassName iface = cx.claim(Names.pascal(key), i.iface().pkg() == null ? null : Names.pascal(i.iface().pkg().name().name()));
                    Map<WitFunction, String> names = emitImportInterface(iface, i.iface().docs(),
                            "interface {@code " + e.getKey().externalName() + "}", i.iface().functions().values(), Names.pascal(key));
                    out.add(new Import(e.getKey().externalName(), iface, TypeEmitter.unique(Names.camel(key), setters),
                            List.copyOf(i.iface().functions().values()), false, Names.pascal(key), i.iface(), names));
                }
                case WorldItem.TypeItem t -> { }
            }
        }
        if (!rootFunctions.isEmpty()) {
            ClassName iface = cx.claim(worldClass.simpleName() + "Imports", null);
            Map<WitFunction, String> names = emitImportInterface(iface, null, "functions of world {@code "
                    + world.qualifiedName() + "}", rootFunctions, worldClass.simpleName());
            out.add(new Import(null, iface, TypeEmitter.unique("imports", setters), rootFunctions, true,
                    worldClass.simpleName(), null, names));
        }
        return out;
    }

    /**
     * Emits the Java interface of an import (constructors and static functions of its resources
     * included), and one Java interface per resource it defines (its methods, and {@code close}
     * for when the component drops it). Returns each function's Java method name.
     */
    private Map<WitFunction, String> emitImportInterface(ClassName name, String docs, String what,
                                                         Iterable<WitFunction> functions, String prefix) {
        TypeSpec.Builder t = TypeSpec.interfaceBuilder(name).addModifiers(Modifier.PUBLIC)
                .addJavadoc(Docs.with(docs, "The imported " + what + ": implement it and pass it to the world's builder."));
        Set<String> members = new HashSet<>();
        Map<WitFunction, String> names = new LinkedHashMap<>();
        for (WitFunction f : functions) {
            Signatures.Shape shape = sigs.shape(f, prefix);
            TypeSpec.Builder target = t;
            Set<String> used = members;
            String javaName;
            switch (f.kind()) {
                case FREESTANDING -> javaName = Names.member(f.name());
                case CONSTRUCTOR -> javaName = "new" + Names.pascal(f.resource().name());
                case STATIC -> javaName = Names.camel(f.resource().name() + "-" + f.itemName());
                case METHOD -> {
                    TypeDef r = f.resource().unaliased();
                    target = hostResources.computeIfAbsent(r, this::hostResource);
                    used = resourceMembers.computeIfAbsent(r, k -> new HashSet<>(Set.of("close")));
                    javaName = Names.member(f.itemName());
                }
                default -> throw new IllegalStateException();
            }
            javaName = TypeEmitter.unique(javaName, used);
            names.put(f, javaName);
            target.addMethod(sigs.declare(f, shape, javaName).addModifiers(Modifier.ABSTRACT).build());
        }
        cx.add(t.build());
        return names;
    }

    private TypeSpec.Builder hostResource(TypeDef def) {
        return TypeSpec.interfaceBuilder(cx.classOf(def)).addModifiers(Modifier.PUBLIC).addSuperinterface(AutoCloseable.class)
                .addJavadoc(Docs.with(def.docs(), "WIT resource {@code " + def.name() + "}, implemented in Java: the"
                        + " component holds handles to objects of this type."))
                .addMethod(MethodSpec.methodBuilder("close").addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                        .addJavadoc("Called when the component drops its owned handle; does nothing by default.\n").build());
    }

    private TypeSpec builder(List<Import> imports) {
        ClassName builder = worldClass.nestedClass("Builder");
        TypeSpec.Builder b = TypeSpec.classBuilder(builder).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(WORLD_BUILDER, builder, worldClass))
                .addJavadoc("Configures and instantiates {@link $T}.\n", worldClass)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        MethodSpec.Builder link = MethodSpec.methodBuilder("link").addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED).addParameter(LINKER, "linker");
        for (Import imp : imports) {
            b.addField(imp.iface(), imp.setter(), Modifier.PRIVATE);
            b.addMethod(MethodSpec.methodBuilder(imp.setter()).addModifiers(Modifier.PUBLIC).returns(builder)
                    .addJavadoc("The implementation of the imported $L.\n",
                            imp.root() ? "world functions" : "{@code " + imp.externalName() + "}")
                    .addParameter(imp.iface(), "implementation")
                    .addStatement("this.$L = $T.requireNonNull(implementation, $S)", imp.setter(), java.util.Objects.class, "implementation")
                    .addStatement("return this").build());
            String method = "link" + Names.pascal(imp.setter());
            link.addStatement("$L(linker, require($L, $S))", method, imp.setter(), imp.root() ? "world functions" : imp.externalName());
            b.addMethod(linkImport(method, imp));
        }
        // A world-level `use` of an interface's resource imports that resource type again under its own name.
        for (Map.Entry<WorldKey, WorldItem> e : world.imports().entrySet()) {
            if (!(e.getValue() instanceof WorldItem.TypeItem t)) continue;
            TypeDef def = t.type().unaliased();
            String type = types.importedType(def);
            if (type != null) {
                link.addStatement("linker.resource($S, $L, _rep -> (($T) _rep).close())", e.getKey().externalName(), type,
                        cx.classOf(def));
            }
        }
        typeOnlyImports.forEach((name, iface) -> {
            link.addStatement("$T _$L = linker.instance($S)", HOST_INSTANCE, Names.camel(iface.name() == null ? name : iface.name()), name);
            defineTypes(link, "_" + Names.camel(iface.name() == null ? name : iface.name()), iface);
        });
        b.addMethod(link.build());
        b.addMethod(MethodSpec.methodBuilder("create").addAnnotation(Override.class).addModifiers(Modifier.PROTECTED)
                .returns(worldClass).addParameter(TypeMapper.INSTANCE, "instance")
                .addStatement("return new $T(instance)", worldClass).build());
        return b.build();
    }

    private MethodSpec linkImport(String name, Import imp) {
        MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE)
                .addParameter(LINKER, "linker").addParameter(imp.iface(), "_impl");
        if (!imp.root()) {
            m.addStatement("$T _target = linker.instance($S)", HOST_INSTANCE, imp.externalName());
            defineTypes(m, "_target", imp.witInterface());
        }
        String target = imp.root() ? "linker" : "_target";
        types.liftInstance = "null";
        try {
            for (WitFunction f : imp.functions()) {
                Signatures.Shape shape = sigs.shape(f, imp.prefix());
                String javaName = imp.javaNames().get(f);
                CodeBlock.Builder type = CodeBlock.builder().add("$T.of($T.of(", FUNC_TYPE, TypeMapper.LIST);
                CodeBlock.Builder call = CodeBlock.builder();
                int first = 0;
                if (f.kind() == WitFunction.Kind.METHOD) {
                    call.add("$L.$L(", types.lift(f.params().get(0).type(), CodeBlock.of("_args.get(0)"), 0), javaName);
                    first = 1;
                } else {
                    call.add("_impl.$L(", javaName);
                }
                for (int i = 0; i < f.params().size(); i++) {
                    WitFunction.Param p = f.params().get(i);
                    if (i > 0) type.add(", ");
                    type.add("new $T.Param($S, $L)", FUNC_TYPE, p.name(), types.descriptor(p.type()));
                    if (i < first) continue;
                    if (i > first) call.add(", ");
                    call.add(types.lift(p.type(), CodeBlock.of("_args.get($L)", i), 0));
                }
                type.add("), $L)", f.result() == null ? CodeBlock.of("null") : types.descriptor(f.result()));
                call.add(")");
                m.addCode("$L.func($S, $L, _args -> {\n$>", target, f.name(), type.build());
                m.addCode(hostBody(shape, call.build()));
                if (importEligible(f)) {
                    m.addCode("$<}, _c -> {\n$>");
                    m.addCode(typedHostBody(f, shape, javaName, FastCodecs.PTR));
                }
                m.addCode("$<});\n");
            }
        } finally {
            types.liftInstance = "_inst";
        }
        return m.build();
    }

    /**
     * Defines the interface's type exports on the host instance in {@code target}: value types (those
     * without resource handles), and the resources it defines, which the host implements.
     */
    private void defineTypes(MethodSpec.Builder m, String target, WitInterface iface) {
        for (Map.Entry<String, TypeDef> t : iface.types().entrySet()) {
            // A `use`d resource is exported again by the using interface under its (possibly new) name.
            String field = t.getValue().unaliased().isResource() ? types.importedType(t.getValue()) : null;
            if (field != null) {
                m.addStatement("$L.resource($S, $L, _rep -> (($T) _rep).close())", target, t.getKey(), field,
                        cx.classOf(t.getValue()));
            }
        }
        for (Map.Entry<String, TypeDef> t : iface.types().entrySet()) {
            WitType ref = new WitType.Ref(t.getValue());
            if (t.getValue().unaliased().isResource() || types.containsExportedHandle(ref)) continue;
            m.addStatement("$L.type($S, $L)", target, t.getKey(), types.descriptor(ref));
        }
    }

    /** True if a host function can take the typed path: every value fits it and holds no exported handles. */
    private boolean importEligible(WitFunction f) {
        if (f.isAsync()) return false;
        List<WitType> values = new ArrayList<>();
        for (WitFunction.Param p : f.params()) values.add(p.type());
        if (f.result() != null) values.add(f.result());
        for (WitType t : values) if (!fast.supported(t) || types.containsExportedHandle(t)) return false;
        return true;
    }

    /**
     * The typed body of host function {@code f}: lifts the arguments (flat, or from the spilled
     * parameters), calls the Java implementation once, lowers the result (flat, or at the return pointer).
     */
    private CodeBlock typedHostBody(WitFunction f, Signatures.Shape shape, String javaName, int p) {
        CodeBlock.Builder b = CodeBlock.builder();
        List<WitType> params = f.params().stream().map(WitFunction.Param::type).toList();
        int flat = 0;
        for (WitType t : params) flat += FastCodecs.flatCount(t, p);
        if (flat <= AbiLayout.MAX_FLAT_PARAMS) {
            for (int i = 0; i < params.size(); i++) b.addStatement("$T _a$L = $L", types.javaType(params.get(i)), i, fast.pull(params.get(i)));
        } else {
            List<Type> layout = params.stream().map(FastCodecs::abi).toList();
            Type tuple = new Type.TupleType(layout);
            long[] off = AbiLayout.offsets(layout, p);
            b.addStatement("long _p = _c.spilledArea($L, $L)", AbiLayout.size(tuple, p), AbiLayout.alignment(tuple, p));
            for (int i = 0; i < params.size(); i++) {
                b.addStatement("$T _a$L = $L", types.javaType(params.get(i)), i,
                        fast.get(params.get(i), FastCodecs.offset(CodeBlock.of("_p"), off[i])));
            }
        }
        boolean method = f.kind() == WitFunction.Kind.METHOD;
        CodeBlock.Builder call = CodeBlock.builder().add(method ? "_a0.$L(" : "_impl.$L(", javaName);
        for (int i = method ? 1 : 0; i < params.size(); i++) call.add(i > (method ? 1 : 0) ? ", _a$L" : "_a$L", i);
        call.add(")");
        if (f.result() == null) return b.addStatement("$L", call.build()).build();
        if (shape.topResult() == null) {
            b.addStatement("$T _ret = $L", types.javaType(f.result()), call.build());
        } else {
            WitType.ResultType r = shape.topResult();
            TypeName ok = types.boxedOrVoid(r.ok());
            TypeName err = types.boxedOrVoid(r.err());
            b.addStatement("$T<$T, $T> _ret", TypeMapper.RESULT, ok, err).beginControlFlow("try");
            if (r.ok() == null) b.addStatement("$L", call.build()).addStatement("_ret = $T.<$T, $T>ok(null)", TypeMapper.RESULT, ok, err);
            else b.addStatement("_ret = $T.<$T, $T>ok($L)", TypeMapper.RESULT, ok, err, call.build());
            b.nextControlFlow("catch ($T _x)", shape.error())
                    .addStatement("_ret = $T.<$T, $T>err(_x.error())", TypeMapper.RESULT, ok, err).endControlFlow();
        }
        CodeBlock ret = CodeBlock.of("_ret");
        if (FastCodecs.flatCount(f.result(), p) <= AbiLayout.MAX_FLAT_RESULTS) return b.add(fast.push(f.result(), ret)).build();
        b.addStatement("long _r = _c.spilledArea($L, $L)", FastCodecs.size(f.result(), p), FastCodecs.align(f.result(), p));
        return b.add(fast.put(f.result(), CodeBlock.of("_r"), ret)).build();
    }

    private CodeBlock hostBody(Signatures.Shape shape, CodeBlock call) {
        CodeBlock.Builder b = CodeBlock.builder();
        // The implementation runs once; its result is held in a local because lowering may read it more than once.
        if (shape.topResult() == null) {
            if (shape.returned() == null) return b.addStatement("$L", call).addStatement("return null").build();
            b.addStatement("$T _ret = $L", types.javaType(shape.returned()), call);
            return b.addStatement("return $L", types.lower(shape.returned(), CodeBlock.of("_ret"), 0)).build();
        }
        WitType.ResultType r = shape.topResult();
        b.beginControlFlow("try");
        if (r.ok() == null) {
            b.addStatement("$L", call).addStatement("return new $T.ResultVal(true, null)", TypeMapper.VAL);
        } else {
            b.addStatement("$T _ret = $L", types.javaType(r.ok()), call);
            b.addStatement("return new $T.ResultVal(true, $L)", TypeMapper.VAL, types.lower(r.ok(), CodeBlock.of("_ret"), 0));
        }
        b.nextControlFlow("catch ($T _x)", shape.error());
        b.addStatement("return new $T.ResultVal(false, $L)", TypeMapper.VAL,
                r.err() == null ? CodeBlock.of("null") : types.lower(r.err(), CodeBlock.of("_x.error()"), 0));
        return b.endControlFlow().build();
    }

    // ---- exports ----

    private TypeSpec facade(ClassName name, WitInterface iface, String externalName) {
        TypeSpec.Builder t = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(Docs.with(iface.docs(), "The exported interface {@code " + externalName + "}."))
                .addField(TypeMapper.INSTANCE, "_root", Modifier.PRIVATE, Modifier.FINAL)
                .addField(TypeMapper.INSTANCE, "_inst", Modifier.PRIVATE, Modifier.FINAL);
        // Values lifted here (resources in particular) belong to the root instance, which exports every interface.
        MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addParameter(TypeMapper.INSTANCE, "_root")
                .addParameter(ArrayTypeName.of(TypeMapper.RESOURCE_TYPE), "_types")
                .addStatement("this._root = _root").addStatement("this._inst = _root.instance($S)", externalName);
        Set<String> members = new HashSet<>();
        String prefix = name.simpleName();
        types.liftInstance = "_root";
        Map<TypeDef, List<WitFunction>> methods = new LinkedHashMap<>();
        for (TypeDef def : iface.types().values()) {
            if (def.kind() instanceof TypeDef.Resource && def.unaliased() == def) methods.put(def, new ArrayList<>());
        }
        for (WitFunction f : iface.functions().values()) {
            switch (f.kind()) {
                case FREESTANDING -> t.addMethod(exportCall(f, TypeEmitter.unique(Names.member(f.name()), members), prefix, t, ctor,
                        "_root"));
                case CONSTRUCTOR -> t.addMethod(exportCall(f, TypeEmitter.unique("new" + Names.pascal(f.resource().name()), members),
                        prefix, t, ctor, "_root"));
                case STATIC -> t.addMethod(exportCall(f, TypeEmitter.unique(Names.camel(f.resource().name() + "-" + f.itemName()), members),
                        prefix, t, ctor, "_root"));
                case METHOD -> methods.computeIfAbsent(f.resource().unaliased(), k -> new ArrayList<>()).add(f);
            }
        }
        methods.forEach((def, fs) -> resourceClass(def, fs, prefix, externalName));
        types.liftInstance = "_inst";
        return t.addMethod(ctor.build()).build();
    }

    /** The class of an exported resource; it holds the root instance, its methods are in {@code externalName}. */
    private void resourceClass(TypeDef def, List<WitFunction> methods, String prefix, String externalName) {
        ClassName name = cx.classOf(def);
        TypeSpec.Builder t = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL).superclass(EXPORTED_RESOURCE)
                .addJavadoc(Docs.with(def.docs(), "An owned handle to WIT resource {@code " + def.name()
                        + "}, exported by the component; close it to drop the resource. Its constructor and static"
                        + " functions are on the interface's facade."))
                .addMethod(MethodSpec.constructorBuilder().addParameter(TypeMapper.INSTANCE, "instance")
                        .addParameter(TypeMapper.RESOURCE, "handle").addStatement("super(instance, handle)").build());
        Set<String> members = new HashSet<>(Set.of("borrow", "transfer", "isclosed", "instance"));
        types.liftInstance = "instance()";
        for (WitFunction f : methods) {
            t.addMethod(exportCall(f, TypeEmitter.unique(Names.member(f.itemName()), members), prefix, t, null, null));
        }
        types.liftInstance = "_root";
        if (!methods.isEmpty()) {
            t.addField(FieldSpec.builder(String.class, "INTERFACE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$S", externalName).build());
        }
        cx.add(t.build());
    }

    /**
     * A method that calls export {@code f} of the instance in {@code _inst}. Functions the typed path
     * can carry get a {@code TypedExport} field in {@code owner} (set up by {@code ctor}, or on first
     * use for resource methods) and take the dynamic {@code Val} path only when the export is not a
     * lifted core function.
     */
    private MethodSpec exportCall(WitFunction f, String javaName, String prefix, TypeSpec.Builder owner, MethodSpec.Builder ctor,
                                  String root) {
        Signatures.Shape shape = sigs.shape(f, prefix);
        MethodSpec.Builder m = sigs.declare(f, shape, javaName);
        CodeBlock dynamic = dynamicCall(f, shape);
        if (!fastEligible(f)) return m.addCode(dynamic).build();
        String field = "_f" + Character.toUpperCase(javaName.charAt(0)) + javaName.substring(1);
        boolean method = f.kind() == WitFunction.Kind.METHOD;
        if (method) {
            owner.addField(TYPED_EXPORT, field, Modifier.PRIVATE);
            m.beginControlFlow("if ($L == null)", field)
                    .addStatement("$L = new $T(instance().instance(INTERFACE), $S, instance())", field, TYPED_EXPORT, f.name())
                    .endControlFlow();
        } else {
            owner.addField(TYPED_EXPORT, field, Modifier.PRIVATE, Modifier.FINAL);
            ctor.addStatement("this.$L = new $T(_inst, $S, $L, _types)", field, TYPED_EXPORT, f.name(), root);
        }
        m.beginControlFlow("if (!$L.isFast())", field).addCode(dynamic);
        if (shape.returned() == null) m.addStatement("return");
        m.endControlFlow();
        if (method) m.addStatement("$T _self = borrow()", TypeMapper.RESOURCE);
        CodeBlock lower = CodeBlock.of("_c -> {\n$>$L$<}", lowerParams(f, shape, FastCodecs.PTR));
        CodeBlock lift = f.result() == null ? CodeBlock.of("_c -> null") : CodeBlock.of("_c -> $L", liftResult(f.result(), FastCodecs.PTR));
        CodeBlock call = CodeBlock.of("$L.invoke($L, $L)", field, lower, lift);
        // The lambdas hold statements of their own, so these statements are written out rather than added.
        if (f.result() == null) return m.addCode("$L;\n", call).build();
        if (shape.topResult() == null) return m.addCode("return $L;\n", call).build();
        WitType.ResultType r = shape.topResult();
        TypeName ok = types.boxedOrVoid(r.ok());
        TypeName err = types.boxedOrVoid(r.err());
        m.addCode("$T<$T, $T> _r = $L;\n", TypeMapper.RESULT, ok, err, call);
        m.beginControlFlow("if (_r instanceof $T.Err<$T, $T> _x)", TypeMapper.RESULT, ok, err)
                .addStatement("throw new $T(_x.error())", shape.error()).endControlFlow();
        if (r.ok() != null) m.addStatement("return (($T.Ok<$T, $T>) _r).value()", TypeMapper.RESULT, ok, err);
        return m.build();
    }

    /** True if every value of {@code f} can take the typed path; a method's other values hold no exported handles. */
    private boolean fastEligible(WitFunction f) {
        if (f.isAsync()) return false;
        boolean method = f.kind() == WitFunction.Kind.METHOD;
        List<WitType> values = new ArrayList<>();
        for (int i = method ? 1 : 0; i < f.params().size(); i++) values.add(f.params().get(i).type());
        if (f.result() != null) values.add(f.result());
        for (WitType t : values) {
            if (!fast.supported(t) || (method && types.containsExportedHandle(t))) return false;
        }
        return true;
    }

    /** Statements lowering the arguments: flat, or spilled to memory past {@code MAX_FLAT_PARAMS} values. */
    private CodeBlock lowerParams(WitFunction f, Signatures.Shape shape, int p) {
        boolean method = f.kind() == WitFunction.Kind.METHOD;
        CodeBlock.Builder b = CodeBlock.builder();
        List<Type> layout = new ArrayList<>();
        int flat = 0;
        if (method) {
            layout.add(FastCodecs.abi(f.params().get(0).type()));
            flat++;
        }
        for (Signatures.Param param : shape.params()) {
            layout.add(FastCodecs.abi(param.type()));
            flat += FastCodecs.flatCount(param.type(), p);
        }
        CodeBlock self = CodeBlock.of("_c.borrow(_self, _self.type())");
        if (flat <= AbiLayout.MAX_FLAT_PARAMS) {
            if (method) b.addStatement("_c.i32($L)", self);
            for (Signatures.Param param : shape.params()) b.add(fast.push(param.type(), CodeBlock.of("$L", param.javaName())));
            return b.build();
        }
        Type tuple = new Type.TupleType(layout);
        long[] off = AbiLayout.offsets(layout, p);
        b.addStatement("long _p = _c.spillParams($L, $L)", AbiLayout.size(tuple, p), AbiLayout.alignment(tuple, p));
        int i = 0;
        if (method) b.addStatement("_c.put32($L, $L)", FastCodecs.offset(CodeBlock.of("_p"), off[i++]), self);
        for (Signatures.Param param : shape.params()) {
            b.add(fast.put(param.type(), FastCodecs.offset(CodeBlock.of("_p"), off[i++]), CodeBlock.of("$L", param.javaName())));
        }
        return b.build();
    }

    /** An expression lifting the result: from the one flat result, or from the memory it points at. */
    private CodeBlock liftResult(WitType result, int p) {
        if (FastCodecs.flatCount(result, p) <= AbiLayout.MAX_FLAT_RESULTS) return fast.pull(result);
        return fast.get(result, CodeBlock.of("_c.spilledArea($L, $L)", FastCodecs.size(result, p), FastCodecs.align(result, p)));
    }

    /** The dynamic call of export {@code f} through {@code Val}s. */
    private CodeBlock dynamicCall(WitFunction f, Signatures.Shape shape) {
        CodeBlock.Builder m = CodeBlock.builder();
        CodeBlock func = CodeBlock.of("_inst.func($S)", f.name());
        if (f.kind() == WitFunction.Kind.METHOD) m.addStatement("$T _inst = instance().instance(INTERFACE)", TypeMapper.INSTANCE);
        CodeBlock.Builder args = CodeBlock.builder();
        boolean first = true;
        if (f.kind() == WitFunction.Kind.METHOD) {
            args.add("new $T.ResourceVal(borrow())", TypeMapper.VAL);
            first = false;
        }
        for (Signatures.Param p : shape.params()) {
            if (!first) args.add(", ");
            first = false;
            args.add(types.lower(p.type(), CodeBlock.of("$L", p.javaName()), 0));
        }
        CodeBlock call = CodeBlock.of("$L.call($L)", func, args.build());
        if (f.result() == null) return m.addStatement("$L", call).build();
        m.addStatement("$T _result = $L", TypeMapper.VAL, call);
        if (shape.topResult() == null) return m.addStatement("return $L", types.lift(f.result(), CodeBlock.of("_result"), 0)).build();
        WitType.ResultType r = shape.topResult();
        m.addStatement("$T.ResultVal _rv = ($T.ResultVal) _result", TypeMapper.VAL, TypeMapper.VAL);
        m.beginControlFlow("if (!_rv.isOk())");
        m.addStatement("throw new $T($L)", shape.error(),
                r.err() == null ? CodeBlock.of("null") : types.lift(r.err(), CodeBlock.of("_rv.payload()"), 0));
        m.endControlFlow();
        if (r.ok() != null) m.addStatement("return $L", types.lift(r.ok(), CodeBlock.of("_rv.payload()"), 0));
        return m.build();
    }

    /**
     * The resource types of the exported resources, in {@code Context.exportedIndex} order, each read
     * from the signature of an exported function that mentions it (null if none does).
     */
    private CodeBlock exportedTypes() {
        CodeBlock.Builder b = CodeBlock.builder().add("{");
        boolean first = true;
        for (TypeDef def : cx.exportedIndex.keySet()) {
            b.add(first ? "\n$>$>" : ",\n");
            first = false;
            b.add(resourceLookup(def));
        }
        return b.add(first ? "}" : "$<$<}").build();
    }

    private CodeBlock resourceLookup(TypeDef def) {
        for (Map.Entry<WorldKey, WorldItem> e : world.exports().entrySet()) {
            List<WitFunction> functions = switch (e.getValue()) {
                case WorldItem.FunctionItem f -> List.of(f.function());
                case WorldItem.InterfaceItem i -> List.copyOf(i.iface().functions().values());
                case WorldItem.TypeItem t -> List.of();
            };
            for (WitFunction f : functions) {
                List<Integer> path = null;
                for (int i = 0; i < f.params().size() && path == null; i++) {
                    List<Integer> sub = pathTo(f.params().get(i).type(), def);
                    if (sub != null) {
                        path = new ArrayList<>(List.of(i));
                        path.addAll(sub);
                    }
                }
                if (path == null && f.result() != null) {
                    List<Integer> sub = pathTo(f.result(), def);
                    if (sub != null) {
                        path = new ArrayList<>(List.of(-1));
                        path.addAll(sub);
                    }
                }
                if (path == null) continue;
                CodeBlock func = e.getValue() instanceof WorldItem.InterfaceItem
                        ? CodeBlock.of("_inst.instance($S).func($S)", e.getKey().externalName(), f.name())
                        : CodeBlock.of("_inst.func($S)", f.name());
                return CodeBlock.of("$T.resourceOf($L, $L)", FastCodecs.CANON, func,
                        String.join(", ", path.stream().map(String::valueOf).toList()));
            }
        }
        return CodeBlock.of("null");
    }

    /** The steps from {@code type} to a handle of {@code def} (see {@code Canon.resourceOf}), or null. */
    private static List<Integer> pathTo(WitType type, TypeDef def) {
        WitType t = TypeMapper.resolve(type);
        List<WitType> parts = switch (t) {
            case WitType.HandleType h -> {
                if (h.resource().unaliased() == def) yield null;
                yield List.of();
            }
            case WitType.Ref(TypeDef d) -> switch (d.kind()) {
                case TypeDef.Record r -> r.fields().stream().map(TypeDef.Field::type).toList();
                case TypeDef.Variant v -> java.util.Arrays.asList(v.cases().stream().map(TypeDef.Case::type).toArray(WitType[]::new));
                default -> List.of();
            };
            case WitType.ListType l -> List.of(l.element());
            case WitType.MapType m -> List.of(m.key(), m.value());
            case WitType.OptionType o -> List.of(o.some());
            case WitType.ResultType r -> java.util.Arrays.asList(r.ok(), r.err());
            case WitType.TupleType tt -> tt.elements();
            default -> List.of();
        };
        if (parts == null) return new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) == null) continue;
            List<Integer> sub = pathTo(parts.get(i), def);
            if (sub != null) {
                sub.add(0, i);
                return sub;
            }
        }
        return null;
    }
}
