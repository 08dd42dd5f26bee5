package dev.weft.bindgen.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.weft.component.wit.TypeDef;
import dev.weft.component.wit.WitType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Java declarations for WIT records, variants, enums and flags, and their conversions to and from
 * {@code Val} (static methods of the package-private codecs class).
 */
final class TypeEmitter {
    private final Context cx;
    private final TypeMapper types;
    private final TypeSpec.Builder codecs;

    TypeEmitter(Context cx, TypeMapper types, TypeSpec.Builder codecs) {
        this.cx = cx;
        this.types = types;
        this.codecs = codecs;
    }

    void emit(TypeDef def) {
        ClassName name = cx.classOf(def);
        switch (def.kind()) {
            case TypeDef.Record r -> record(def, name, r);
            case TypeDef.Variant v -> variant(def, name, v);
            case TypeDef.Enum en -> enumeration(def, name, en.cases(), false);
            case TypeDef.Flags f -> enumeration(def, name, f.flags(), true);
            default -> throw new IllegalStateException("not a data type: " + def.name());
        }
        if (types.containsExportedHandle(new WitType.Ref(def))) return;
        codecs.addMethod(MethodSpec.methodBuilder(TypeMapper.descriptorMethod(name)).addModifiers(Modifier.STATIC)
                .returns(TypeMapper.TYPE).addCode("return $L;\n", descriptor(def)).build());
    }

    private void record(TypeDef def, ClassName name, TypeDef.Record r) {
        MethodSpec.Builder ctor = MethodSpec.constructorBuilder();
        CodeBlock.Builder doc = CodeBlock.builder().add(Docs.of(def.docs()));
        CodeBlock.Builder lowered = CodeBlock.builder().add("return new $T.RecordVal($T.of(", TypeMapper.VAL, TypeMapper.LIST);
        CodeBlock.Builder lifted = CodeBlock.builder().add("$T.RecordVal _r = ($T.RecordVal) value;\nreturn new $T(",
                TypeMapper.VAL, TypeMapper.VAL, name);
        List<String> names = fieldNames(r);
        for (int i = 0; i < r.fields().size(); i++) {
            TypeDef.Field f = r.fields().get(i);
            String field = names.get(i);
            ctor.addParameter(types.javaType(f.type()), field);
            if (f.docs() != null && !f.docs().isBlank()) doc.add("@param $L $L\n", field, Docs.of(f.docs()).toString().strip());
            if (i > 0) {
                lowered.add(",");
                lifted.add(",");
            }
            lowered.add("\n        new $T.NamedVal($S, $L)", TypeMapper.VAL, f.name(),
                    types.lower(f.type(), CodeBlock.of("value.$L()", field), 0));
            lifted.add("\n        $L", types.lift(f.type(), CodeBlock.of("_r.fields().get($L).value()", i), 0));
        }
        cx.add(TypeSpec.recordBuilder(name).addModifiers(Modifier.PUBLIC).addJavadoc(doc.build())
                .recordConstructor(ctor.build()).build());
        codec(name, name, lowered.add("));\n").build(), lifted.add(");\n").build());
    }

    private void variant(TypeDef def, ClassName name, TypeDef.Variant v) {
        TypeSpec.Builder iface = TypeSpec.interfaceBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addJavadoc(Docs.of(def.docs()));
        CodeBlock.Builder lowered = CodeBlock.builder().add("return switch (value) {\n$>");
        CodeBlock.Builder lifted = CodeBlock.builder()
                .add("$T.VariantVal _v = ($T.VariantVal) value;\nreturn switch (_v.caseName()) {\n$>", TypeMapper.VAL, TypeMapper.VAL);
        List<ClassName> caseClasses = caseClasses(name, v);
        for (int i = 0; i < v.cases().size(); i++) {
            TypeDef.Case c = v.cases().get(i);
            ClassName caseName = caseClasses.get(i);
            MethodSpec.Builder ctor = MethodSpec.constructorBuilder();
            if (c.type() != null) ctor.addParameter(types.javaType(c.type()), "value");
            iface.addType(TypeSpec.recordBuilder(caseName).addModifiers(Modifier.PUBLIC, Modifier.STATIC).addSuperinterface(name)
                    .addJavadoc(Docs.with(c.docs(), "The {@code " + c.name() + "} case."))
                    .recordConstructor(ctor.build()).build());
            iface.addPermittedSubclass(caseName);
            if (c.type() == null) {
                lowered.add("case $T _c -> new $T.VariantVal($S, null);\n", caseName, TypeMapper.VAL, c.name());
                lifted.add("case $S -> new $T();\n", c.name(), caseName);
            } else {
                lowered.add("case $T _c -> new $T.VariantVal($S, $L);\n", caseName, TypeMapper.VAL, c.name(),
                        types.lower(c.type(), CodeBlock.of("_c.value()"), 0));
                lifted.add("case $S -> new $T($L);\n", c.name(), caseName, types.lift(c.type(), CodeBlock.of("_v.payload()"), 0));
            }
        }
        lifted.add("default -> throw new $T($S + _v.caseName());\n", IllegalArgumentException.class,
                "unknown case of " + def.name() + ": ");
        cx.add(iface.build());
        codec(name, name, lowered.add("$<};\n").build(), lifted.add("$<};\n").build());
    }

    private void enumeration(TypeDef def, ClassName name, List<String> cases, boolean flags) {
        TypeSpec.Builder e = TypeSpec.enumBuilder(name).addModifiers(Modifier.PUBLIC)
                .addJavadoc(flags ? Docs.with(def.docs(), "The flags of WIT {@code " + def.name()
                        + "}; a value of the flags type is an {@code EnumSet} of them.") : Docs.of(def.docs()));
        Set<String> used = new HashSet<>();
        CodeBlock.Builder names = CodeBlock.builder().add("$T.of(", TypeMapper.LIST);
        for (int i = 0; i < cases.size(); i++) {
            e.addEnumConstant(unique(Names.constant(cases.get(i)), used),
                    TypeSpec.anonymousClassBuilder("").addJavadoc("WIT {@code $L}.\n", cases.get(i)).build());
            names.add(i > 0 ? ", $S" : "$S", cases.get(i));
        }
        cx.add(e.build());
        String namesField = Names.constant(name.simpleName()) + "_NAMES";
        codecs.addField(FieldSpec.builder(ParameterizedTypeName.get(TypeMapper.LIST, ClassName.get(String.class)),
                namesField, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer(names.add(")").build()).build());
        TypeName javaType = flags ? ParameterizedTypeName.get(TypeMapper.ENUM_SET, name) : name;
        CodeBlock lowered = CodeBlock.of("return $T.$L(value, $L);\n", TypeMapper.VALS, flags ? "flags" : "enumCase", namesField);
        CodeBlock lifted = flags
                ? CodeBlock.of("return $T.flags(value, $T.class, $L);\n", TypeMapper.VALS, name, namesField)
                : CodeBlock.of("return $T.enumCase(value, $T.values(), $L);\n", TypeMapper.VALS, name, namesField);
        codec(name, javaType, lowered, lifted);
    }

    private void codec(ClassName name, TypeName javaType, CodeBlock lower, CodeBlock lift) {
        codecs.addMethod(MethodSpec.methodBuilder("lower" + name.simpleName()).addModifiers(Modifier.STATIC)
                .returns(TypeMapper.VAL).addParameter(javaType, "value").addCode(lower).build());
        codecs.addMethod(MethodSpec.methodBuilder("lift" + name.simpleName()).addModifiers(Modifier.STATIC)
                .returns(javaType).addParameter(TypeMapper.VAL, "value").addParameter(TypeMapper.INSTANCE, "_inst")
                .addCode(lift).build());
    }

    private CodeBlock descriptor(TypeDef def) {
        CodeBlock.Builder b = CodeBlock.builder();
        switch (def.kind()) {
            case TypeDef.Record r -> {
                b.add("new $T.RecordType($T.of(", TypeMapper.TYPE, TypeMapper.LIST);
                for (int i = 0; i < r.fields().size(); i++) {
                    b.add(i > 0 ? ",\n        " : "\n        ");
                    b.add("new $T.Field($S, $L)", TypeMapper.TYPE, r.fields().get(i).name(), types.descriptor(r.fields().get(i).type()));
                }
                b.add("))");
            }
            case TypeDef.Variant v -> {
                b.add("new $T.VariantType($T.of(", TypeMapper.TYPE, TypeMapper.LIST);
                for (int i = 0; i < v.cases().size(); i++) {
                    TypeDef.Case c = v.cases().get(i);
                    b.add(i > 0 ? ",\n        " : "\n        ");
                    b.add("new $T.Case($S, $L)", TypeMapper.TYPE, c.name(),
                            c.type() == null ? CodeBlock.of("null") : types.descriptor(c.type()));
                }
                b.add("))");
            }
            case TypeDef.Enum en -> b.add("new $T.EnumType($L)", TypeMapper.TYPE, Names.constant(cx.classOf(def).simpleName()) + "_NAMES");
            case TypeDef.Flags f -> b.add("new $T.FlagsType($L)", TypeMapper.TYPE, Names.constant(cx.classOf(def).simpleName()) + "_NAMES");
            default -> throw new IllegalStateException(def.name());
        }
        return b.build();
    }

    /** The Java accessor names of a record's fields, in order. */
    static List<String> fieldNames(TypeDef.Record r) {
        Set<String> used = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (TypeDef.Field f : r.fields()) out.add(unique(Names.member(f.name()), used));
        return out;
    }

    /** The nested record class of each case of a variant whose Java type is {@code name}, in order. */
    static List<ClassName> caseClasses(ClassName name, TypeDef.Variant v) {
        Set<String> used = new HashSet<>();
        used.add(name.simpleName().toLowerCase());
        List<ClassName> out = new ArrayList<>();
        for (TypeDef.Case c : v.cases()) out.add(name.nestedClass(unique(Names.pascal(c.name()), used)));
        return out;
    }

    /** {@code name}, else {@code name_}, else {@code name2}, {@code name3}… — the first not in {@code used}. */
    static String unique(String name, Set<String> used) {
        if (used.add(name.toLowerCase())) return name;
        String n = name.endsWith("_") ? name : name + "_";
        for (int i = 2; !used.add(n.toLowerCase()); i++) n = name + i;
        return n;
    }
}
