package golden.resources;

import dev.weft.component.ComponentInstance;
import dev.weft.component.ComponentLinker;
import dev.weft.component.Resource;
import dev.weft.component.ResourceType;
import dev.weft.component.Val;
import dev.weft.component.bindings.BindingsVersion;
import dev.weft.component.bindings.Canon;
import dev.weft.component.bindings.TypedExport;
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
        ResourceType[] _types = {
                        Canon.resourceOf(_inst.instance("test:resources/counters").func("[constructor]counter"), -1)};
        this.counters = new Counters(_inst, _types);
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

        private final TypedExport _fNewCounter;

        private final TypedExport _fCounterZero;

        private final TypedExport _fMakeMany;

        Counters(ComponentInstance _root, ResourceType[] _types) {
            this._root = _root;
            this._inst = _root.instance("test:resources/counters");
            this._fNewCounter = new TypedExport(_inst, "[constructor]counter", _root, _types);
            this._fCounterZero = new TypedExport(_inst, "[static]counter.zero", _root, _types);
            this._fMakeMany = new TypedExport(_inst, "make-many", _root, _types);
        }

        /**
         * Starts at `start`.
         * @param start WIT {@code u32}: unsigned, same bits in the signed Java type
         */
        public Counter newCounter(int start) {
            if (!_fNewCounter.isFast()) {
                Val _result = _inst.func("[constructor]counter").call(new Val.U32(start));
                return new Counter(_root, (Resource) ((Val.ResourceVal) _result).handle());
            }
            return _fNewCounter.invoke(_c -> {
                _c.i32(start);
            }, _c -> new Counter(_c.root(), _c.ownHandle(_c.nextI32(), _c.exported(0))));
        }

        public Counter counterZero() {
            if (!_fCounterZero.isFast()) {
                Val _result = _inst.func("[static]counter.zero").call();
                return new Counter(_root, (Resource) ((Val.ResourceVal) _result).handle());
            }
            return _fCounterZero.invoke(_c -> {
            }, _c -> new Counter(_c.root(), _c.ownHandle(_c.nextI32(), _c.exported(0))));
        }

        /**
         * @param n WIT {@code u32}: unsigned, same bits in the signed Java type
         */
        public List<Counter> makeMany(int n) {
            if (!_fMakeMany.isFast()) {
                Val _result = _inst.func("make-many").call(new Val.U32(n));
                return Vals.list(_result, _e0 -> new Counter(_root, (Resource) ((Val.ResourceVal) _e0).handle()));
            }
            return _fMakeMany.invoke(_c -> {
                _c.i32(n);
            }, _c -> ResourcesCodecs.get_list1(_c, _c.spilledArea(8, 4)));
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
