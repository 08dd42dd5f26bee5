package dev.weft.engine.internal.text;

import dev.weft.engine.MalformedModuleException;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Converts a module in the WebAssembly text format to its binary encoding, which the binary
 * decoder then reads; so there is one module representation and {@code (module binary ...)}
 * needs no extra support.
 */
public final class Wat {
    private Wat() {}

    /**
     * Encodes {@code moduleSource}: one {@code (module $id? ...)} form (text, {@code binary} or
     * {@code quote}), bare module fields, or one {@code (component ...)} form (see
     * {@link #componentToBinary(SExpr.Parens)}).
     *
     * @throws MalformedModuleException with the spec's message and a "line L:C" location
     */
    public static byte[] toBinary(String moduleSource) {
        if (SExprReader.startsWithForm(moduleSource, "component")) return componentQuoteToBinary(moduleSource);
        List<SExpr> top = guard(() -> SExprReader.readModule(moduleSource));
        if (top.size() == 1 && top.get(0) instanceof SExpr.Parens p && p.isForm("module")) {
            return toBinary(p);
        }
        return guard(() -> ModuleEncoder.encode(null, top));
    }

    /** Encodes a parsed {@code (module ...)} form. */
    public static byte[] toBinary(SExpr.Parens moduleForm) {
        return guard(() -> {
            Cursor c = Cursor.body(moduleForm);
            String name = c.optionalId();
            if (c.peekKeyword("binary")) {
                c.next();
                return concatStrings(c);
            }
            if (c.peekKeyword("quote")) {
                c.next();
                byte[] text = concatStrings(c);
                return toBinary(SExprReader.utf8(text, moduleForm.line(), moduleForm.column()));
            }
            return ModuleEncoder.encode(name, moduleForm.items().subList(c.position(), moduleForm.size()));
        });
    }

    /**
     * Encodes module fields already separated from their {@code (module $name ...)} wrapper;
     * {@code moduleName} (without '$', may be null) goes to the name section.
     */
    public static byte[] fieldsToBinary(String moduleName, List<SExpr> fields) {
        return guard(() -> ModuleEncoder.encode(moduleName, fields));
    }

    /**
     * Encodes a parsed {@code (component $id? ...)} form (text, {@code binary} or {@code quote}) to
     * the component binary format.
     *
     * @throws MalformedModuleException with a message and a "line L:C" location
     */
    public static byte[] componentToBinary(SExpr.Parens componentForm) {
        return guard(() -> {
            Cursor c = Cursor.body(componentForm);
            String name = c.optionalId();
            if (c.peekKeyword("binary")) {
                c.next();
                return concatStrings(c);
            }
            if (c.peekKeyword("quote")) {
                c.next();
                byte[] text = concatStrings(c);
                return componentQuoteToBinary(SExprReader.utf8(text, componentForm.line(), componentForm.column()));
            }
            return ComponentEncoder.encode(null, name, componentForm.items().subList(c.position(), componentForm.size()));
        });
    }

    /**
     * Encodes the text of {@code (component quote "...")}: one {@code (component ...)} form or bare
     * component fields.
     */
    public static byte[] componentQuoteToBinary(String source) {
        List<SExpr> top = guard(() -> SExprReader.readComponent(source));
        if (top.size() == 1 && top.get(0) instanceof SExpr.Parens p && p.isForm("component")) {
            return componentToBinary(p);
        }
        return guard(() -> ComponentEncoder.encode(null, null, top));
    }

    /** Encodes component fields already separated from their {@code (component $name ...)} wrapper. */
    public static byte[] componentFieldsToBinary(String componentName, List<SExpr> fields) {
        return guard(() -> ComponentEncoder.encode(null, componentName, fields));
    }

    static byte[] concatStrings(Cursor c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (!c.atEnd()) out.writeBytes(c.nextString().bytes());
        return out.toByteArray();
    }

    /**
     * Runs a conversion step, turning Java errors from pathological input (deep nesting,
     * absurd sizes) into a malformed-module error instead of letting them escape.
     */
    private static <T> T guard(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (StackOverflowError e) {
            throw new MalformedModuleException("nesting too deep", "", -1);
        } catch (OutOfMemoryError e) {
            throw new MalformedModuleException("module too large", "", -1);
        }
    }
}
