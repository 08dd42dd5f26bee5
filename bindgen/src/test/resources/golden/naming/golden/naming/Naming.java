package golden.naming;

import dev.weft.component.ComponentFuncType;
import dev.weft.component.ComponentInstance;
import dev.weft.component.ComponentLinker;
import dev.weft.component.Type;
import dev.weft.component.Val;
import dev.weft.component.bindings.BindingsVersion;
import dev.weft.component.bindings.TypedExport;
import dev.weft.component.bindings.Vals;
import dev.weft.component.bindings.WorldBuilder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Bindings for WIT world {@code test:naming/naming}: build an instance with {@link #builder()}, call the exports, then close it.
 */
public final class Naming implements AutoCloseable {
    static {
        BindingsVersion.check(1);
    }

    private final ComponentInstance _inst;

    private final Second second;

    private final Lists lists;

    private final Shadows shadows;

    private final TypedExport _fBuilder_;

    private final TypedExport _fClose_;

    private Naming(ComponentInstance _inst) {
        this._inst = _inst;
        this.second = new Second(_inst);
        this.lists = new Lists(_inst);
        this.shadows = new Shadows(_inst);
        this._fBuilder_ = new TypedExport(_inst, "builder");
        this._fClose_ = new TypedExport(_inst, "close");
    }

    /**
     * The exported interface {@code test:naming/second}.
     */
    public Second second() {
        return second;
    }

    /**
     * The exported interface {@code test:naming/lists}.
     */
    public Lists lists() {
        return lists;
    }

    /**
     * The exported interface {@code test:naming/shadows}.
     */
    public Shadows shadows() {
        return shadows;
    }

    public String builder_() {
        return _fBuilder_.call(_a -> {}, _r -> _r.string());
    }

    public void close_() {
        _fClose_.call(_a -> {}, null);
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
     * The exported interface {@code test:naming/second}.
     */
    public static final class Second {
        private final ComponentInstance _root;

        private final ComponentInstance _inst;

        private final TypedExport _fClose_;

        Second(ComponentInstance _root) {
            this._root = _root;
            this._inst = _root.instance("test:naming/second");
            this._fClose_ = new TypedExport(_inst, "close");
        }

        /**
         * Java keywords and clashing members are escaped with a trailing underscore.
         * @param class_ WIT {@code u32}: unsigned, same bits in the signed Java type
         */
        public SecondItem record(int class_, String toString, long hashCode) {
            Val _result = _inst.func("record").call(new Val.U32(class_), new Val.Str(toString), new Val.S64(hashCode));
            return NamingCodecs.liftSecondItem(_result, _root);
        }

        /**
         * @throws SecondErrorException when the function returns {@code err}
         */
        public SecondItem get() throws SecondErrorException {
            Val _result = _inst.func("get").call();
            Val.ResultVal _rv = (Val.ResultVal) _result;
            if (!_rv.isOk()) {
                throw new SecondErrorException(NamingCodecs.liftSecondError(_rv.payload(), _root));
            }
            return NamingCodecs.liftSecondItem(_rv.payload(), _root);
        }

        public void close_() {
            _fClose_.call(_a -> {}, null);
        }
    }

    /**
     * The exported interface {@code test:naming/lists}.
     */
    public static final class Lists {
        private final ComponentInstance _root;

        private final ComponentInstance _inst;

        Lists(ComponentInstance _root) {
            this._root = _root;
            this._inst = _root.instance("test:naming/lists");
        }

        public Payload roundtrip(Payload p) {
            Val _result = _inst.func("roundtrip").call(NamingCodecs.lowerPayload(p));
            return NamingCodecs.liftPayload(_result, _root);
        }

        public byte[] fixed(int[] l) {
            Val _result = _inst.func("fixed").call(Vals.list(l, true));
            return Vals.bytes(_result);
        }
    }

    /**
     * Type names that are java.lang or runtime names get their interface's prefix.
     *
     * The exported interface {@code test:naming/shadows}.
     */
    public static final class Shadows {
        private final ComponentInstance _root;

        private final ComponentInstance _inst;

        Shadows(ComponentInstance _root) {
            this._root = _root;
            this._inst = _root.instance("test:naming/shadows");
        }

        public Optional<ShadowsString> shadow(ShadowsString a, ShadowsOverride b, ShadowsResult c) {
            Val _result = _inst.func("shadow").call(NamingCodecs.lowerShadowsString(a), NamingCodecs.lowerShadowsOverride(b), NamingCodecs.lowerShadowsResult(c));
            return Vals.option(_result, _e0 -> NamingCodecs.liftShadowsString(_e0, _root));
        }
    }

    /**
     * Configures and instantiates {@link Naming}.
     */
    public static final class Builder extends WorldBuilder<Builder, Naming> {
        private First first;

        private NamingImports imports;

        private Builder() {
        }

        /**
         * The implementation of the imported {@code test:naming/first}.
         */
        public Builder first(First implementation) {
            this.first = Objects.requireNonNull(implementation, "implementation");
            return this;
        }

        private void linkFirst(ComponentLinker linker, First _impl) {
            ComponentLinker.HostInstance _target = linker.instance("test:naming/first");
            _target.type("item", NamingCodecs.typeOfItem());
            _target.type("error", NamingCodecs.typeOfFirstError());
            _target.func("get", ComponentFuncType.of(List.of(), new Type.ResultType(NamingCodecs.typeOfItem(), NamingCodecs.typeOfFirstError())), _args -> {
                try {
                    Item _ret = _impl.get();
                    return new Val.ResultVal(true, NamingCodecs.lowerItem(_ret));
                } catch (FirstErrorException _x) {
                    return new Val.ResultVal(false, NamingCodecs.lowerFirstError(_x.error()));
                }
            });
        }

        /**
         * The implementation of the imported world functions.
         */
        public Builder imports(NamingImports implementation) {
            this.imports = Objects.requireNonNull(implementation, "implementation");
            return this;
        }

        private void linkImports(ComponentLinker linker, NamingImports _impl) {
            linker.func("configure", ComponentFuncType.of(List.of(new ComponentFuncType.Param("s", NamingCodecs.typeOfSettings())), Type.Primitive.BOOL), _args -> {
                boolean _ret = _impl.configure(NamingCodecs.liftSettings(_args.get(0), null));
                return new Val.Bool(_ret);
            });
        }

        @Override
        protected void link(ComponentLinker linker) {
            linkFirst(linker, require(first, "test:naming/first"));
            linkImports(linker, require(imports, "world functions"));
        }

        @Override
        protected Naming create(ComponentInstance instance) {
            return new Naming(instance);
        }
    }
}
