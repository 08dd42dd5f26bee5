package dev.weft.bindgen.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.weft.component.wit.TypeDef;
import dev.weft.component.wit.WitFunction;
import dev.weft.component.wit.WitType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The Java shape of a WIT function: parameter names and types, return type, and the exception that
 * carries the error of a top-level {@code result}. Makes the generated exception classes.
 */
final class Signatures {
    private static final ClassName ERROR_BASE = ClassName.get("dev.weft.component.bindings", "ErrorResultException");

    private final Context cx;
    private final TypeMapper types;

    Signatures(Context cx, TypeMapper types) {
        this.cx = cx;
        this.types = types;
    }

    /** One Java parameter: its WIT name, Java name and WIT type. */
    record Param(String witName, String javaName, WitType type) {}

    /** A function's Java shape; {@code error} is null unless the result is a top-level {@code result}. */
    record Shape(List<Param> params, WitType returned, WitType.ResultType topResult, ClassName error) {}

    /** The shape of {@code f}, leaving out a method's {@code self}. */
    Shape shape(WitFunction f, String ownerPrefix) {
        List<Param> params = new ArrayList<>();
        Set<String> used = new HashSet<>();
        List<WitFunction.Param> wit = f.params();
        for (int i = f.kind() == WitFunction.Kind.METHOD ? 1 : 0; i < wit.size(); i++) {
            WitFunction.Param p = wit.get(i);
            params.add(new Param(p.name(), TypeEmitter.unique(Names.camel(p.name()), used), p.type()));
        }
        WitType result = f.result();
        if (result != null && TypeMapper.resolve(result) instanceof WitType.ResultType r) {
            return new Shape(params, r.ok(), r, exception(f, r, ownerPrefix));
        }
        return new Shape(params, result, null, null);
    }

    /** A method declaration (no body) for {@code f} under Java name {@code name}. */
    MethodSpec.Builder declare(WitFunction f, Shape shape, String name) {
        MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC);
        CodeBlock.Builder doc = CodeBlock.builder().add(Docs.of(f.docs()));
        for (Param p : shape.params()) {
            m.addParameter(types.javaType(p.type()), p.javaName());
            if (TypeMapper.isUnsigned(p.type())) {
                doc.add("@param $L WIT {@code $L}: unsigned, same bits in the signed Java type\n", p.javaName(),
                        ((WitType.Primitive) TypeMapper.resolve(p.type())).witName());
            }
        }
        m.returns(shape.returned() == null ? TypeName.VOID : types.javaType(shape.returned()));
        if (shape.returned() != null && TypeMapper.isUnsigned(shape.returned())) {
            doc.add("@return WIT {@code $L}: unsigned, same bits in the signed Java type\n",
                    ((WitType.Primitive) TypeMapper.resolve(shape.returned())).witName());
        }
        if (shape.error() != null) {
            m.addException(shape.error());
            doc.add("@throws $T when the function returns {@code err}\n", shape.error());
        }
        return m.addJavadoc(doc.build());
    }

    private ClassName exception(WitFunction f, WitType.ResultType r, String ownerPrefix) {
        String key;
        String preferred;
        if (r.err() != null && TypeMapper.resolve(r.err()) instanceof WitType.Ref(TypeDef def)) {
            key = "type:" + cx.classOf(def);
            preferred = cx.classOf(def).simpleName() + "Exception";
        } else {
            key = "function:" + ownerPrefix + "/" + f.name();
            String item = f.resource() == null ? f.name() : f.resource().name() + "-" + f.itemName();
            preferred = Names.pascal(item) + "Exception";
        }
        ClassName existing = cx.exceptions.get(key);
        if (existing != null) return existing;
        ClassName name = cx.claim(preferred, ownerPrefix);
        cx.exceptions.put(key, name);
        TypeName error = types.boxedOrVoid(r.err());
        cx.add(TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL).superclass(ERROR_BASE)
                .addJavadoc("The {@code err} of a WIT function returning {@code result}, carrying the error value.\n")
                .addField(FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("1L").build())
                .addField(error, "error", Modifier.PRIVATE, Modifier.FINAL, Modifier.TRANSIENT)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC).addParameter(error, "error")
                        .addStatement("super($S + error)", "error result: ").addStatement("this.error = error").build())
                .addMethod(MethodSpec.methodBuilder("error").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .returns(error).addStatement("return error").build())
                .build());
        return name;
    }
}
