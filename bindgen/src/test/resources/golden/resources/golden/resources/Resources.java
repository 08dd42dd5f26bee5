package golden.resources;

import dev.weft.component.ComponentInstance;
import dev.weft.component.ComponentLinker;
import dev.weft.component.Resource;
import dev.weft.component.Val;
import dev.weft.component.bindings.BindingsVersion;
import dev.weft.component.bindings.Vals;
import dev.weft.component.bindings.WorldBuilder;
import java.util.List;

/**
 * Bindings for WIT world {@code test:resources/resources}: build an instance with {@link #builder()}, call the exports, then close it.
 */
public final class Resources implements AutoCloseable {
    static {
        BindingsVersion.check(1);
    }

    private final ComponentInstance _inst;

    private final Counters counters;

    private Resources(ComponentInstance _inst) {
        this._inst = _inst;
        this.counters = new Counters(_inst);
    }

    /**
     * The exported interface {@code test:resources/counters}.
     */
    public Counters counters() {
        return counters;
    }

    /**
     * A builder: give it the component and the implementations of the imports.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Ends the use of this instance; later calls throw IllegalStateException.
     */
    @Override
    public void close() {
        _inst.close();
    }

    /**
     * The exported interface {@code test:resources/counters}.
     */
    public static final class Counters {
        private final ComponentInstance _root;

        private final ComponentInstance _inst;

        Counters(ComponentInstance _root) {
            this._root = _root;
            this._inst = _root.instance("test:resources/counters");
        }

        /**
         * Starts at `start`.
         * @param start WIT {@code u32}: unsigned, same bits in the signed Java type
         */
        public Counter newCounter(int start) {
            Val _result = _inst.func("[constructor]counter").call(new Val.U32(start));
            return new Counter(_root, (Resource) ((Val.ResourceVal) _result).handle());
        }

        public Counter counterZero() {
            Val _result = _inst.func("[static]counter.zero").call();
            return new Counter(_root, (Resource) ((Val.ResourceVal) _result).handle());
        }

        /**
         * @param n WIT {@code u32}: unsigned, same bits in the signed Java type
         */
        public List<Counter> makeMany(int n) {
            Val _result = _inst.func("make-many").call(new Val.U32(n));
            return Vals.list(_result, _e0 -> new Counter(_root, (Resource) ((Val.ResourceVal) _e0).handle()));
        }
    }

    /**
     * Configures and instantiates {@link Resources}.
     */
    public static final class Builder extends WorldBuilder<Builder, Resources> {
        private Builder() {
        }

        @Override
        protected void link(ComponentLinker linker) {
        }

        @Override
        protected Resources create(ComponentInstance instance) {
            return new Resources(instance);
        }
    }
}
