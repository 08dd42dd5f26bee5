package dev.weft.component;

import dev.weft.component.internal.runtime.FuncValue;
import dev.weft.component.internal.validate.FuncSig;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A function exported by a component instance, called with dynamic values. Arguments are lowered
 * into the component through the Canonical ABI and the result lifted back; traps throw
 * {@link dev.weft.engine.TrapException}.
 * <pre>{@code
 * ComponentFunc greet = instance.func("greet");
 * Val hello = greet.call(new Val.Str("world"));   // Str[value=hello, world]
 * }</pre>
 */
public final class ComponentFunc {
    private final FuncValue function;
    private final ComponentInstance owner;

    ComponentFunc(FuncValue function, ComponentInstance owner) {
        this.function = function;
        this.owner = owner;
    }

    /** The function's type. */
    public ComponentFuncType type() { return typeOf(function.type()); }

    /** Calls the function; returns its result, or null when its type has none. */
    public Val call(Val... args) {
        owner.checkOpen();
        return function.call(Arrays.asList(args.clone()), null, null);
    }

    /** Calls the function; returns its results (empty or one value). */
    public List<Val> call(List<Val> args) {
        owner.checkOpen();
        Val result = function.call(new ArrayList<>(args), null, null);
        return result == null ? List.of() : List.of(result);
    }

    /**
     * The runtime's function object behind this handle, for the typed call path of generated bindings
     * ({@code dev.weft.component.bindings}); not for application use. IllegalStateException once the
     * instance is closed.
     */
    public Object runtimeFunction() {
        owner.checkOpen();
        return function;
    }

    static ComponentFuncType typeOf(FuncSig sig) {
        List<ComponentFuncType.Param> params = new ArrayList<>();
        for (FuncSig.Param p : sig.params()) params.add(new ComponentFuncType.Param(p.name(), p.type()));
        return new ComponentFuncType(params, sig.result());
    }

    static FuncSig sigOf(ComponentFuncType type) {
        List<FuncSig.Param> params = new ArrayList<>();
        for (ComponentFuncType.Param p : type.params()) params.add(new FuncSig.Param(p.name(), p.type()));
        return new FuncSig(false, params, type.result());
    }

    @Override
    public String toString() { return type().toString(); }
}
