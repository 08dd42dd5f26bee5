package dev.weft.engine.internal.runtime;

import dev.weft.engine.Func;
import dev.weft.engine.FuncType;
import dev.weft.engine.HostFunction;
import dev.weft.engine.internal.interp.CompiledFunction;
import dev.weft.engine.internal.interp.Interpreter;
import dev.weft.engine.internal.model.CompositeType;
import dev.weft.engine.internal.validate.CanonicalType;
import dev.weft.engine.internal.validate.TypeContext;

/**
 * A function value: either wasm code bound to the instance that defined it, or a host function.
 * This is also the runtime representation of a non-null funcref.
 */
public final class FunctionInstance implements Func {
    /** Canonical type, for call_indirect / call_ref / cast checks and import matching. */
    public final CanonicalType type;
    /** The signature, module-relative to {@link #types}. */
    public final CompositeType.Func func;
    public final TypeContext types;
    /** Defining instance and its compiled code; both null for host functions. */
    public final ModuleInstance instance;
    public final CompiledFunction code;
    public final HostFunction host;
    /** Operand-stack slots taken by the parameters and by the results (v128 counts two). */
    public final int paramSlots;
    public final int resultSlots;

    public FunctionInstance(CanonicalType type, CompositeType.Func func, TypeContext types,
                            ModuleInstance instance, CompiledFunction code, HostFunction host) {
        this.type = type;
        this.func = func;
        this.types = types;
        this.instance = instance;
        this.code = code;
        this.host = host;
        int p = 0;
        for (var t : func.params()) p += t.slots();
        int r = 0;
        for (var t : func.results()) r += t.slots();
        this.paramSlots = p;
        this.resultSlots = r;
    }

    public static FunctionInstance host(FuncType type, HostFunction implementation) {
        if (implementation == null) throw new NullPointerException("implementation");
        CompositeType.Func f = PublicTypes.toInternal(type);
        return new FunctionInstance(PublicTypes.canonical(f), f, TypeContext.EMPTY, null, null, implementation);
    }

    @Override
    public FuncType type() { return PublicTypes.toPublic(func, types); }

    @Override
    public Object[] call(Object... args) { return Interpreter.invoke(this, args); }

    @Override
    public String toString() { return (host != null ? "host function " : "function ") + func; }
}
