package golden.naming;

import dev.weft.component.ComponentFuncType;
import dev.weft.component.ComponentInstance;
import dev.weft.component.ComponentLinker;
import dev.weft.component.ResourceType;
import dev.weft.component.Type;
import dev.weft.component.Val;
import dev.weft.component.bindings.BindingsVersion;
import dev.weft.component.bindings.Result;
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
        ResourceType[] _types = {};
        this.second = new Second(_inst, _types);
        this.lists = new Lists(_inst, _types);
        this.shadows = new Shadows(_inst, _types);
        this._fBuilder_ = new TypedExport(_inst, "builder", _inst, _types);
        this._fClose_ = new TypedExport(_inst, "close", _inst, _types);
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
        if (!_fBuilder_.isFast()) {
            Val _result = _inst.func("builder").call();
            return ((Val.Str) _result).value();
        }
        return _fBuilder_.invoke(_c -> {
        }, _c -> _c.getString(_c.spilledArea(8, 4)));
    }

    public void close_() {
        if (!_fClose_.isFast()) {
            _inst.func("close").call();
            return;
        }
        _fClose_.invoke(_c -> {
        }, _c -> null);
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

        private final TypedExport _fRecord;

        private final TypedExport _fGet;

        private final TypedExport _fClose_;

        Second(ComponentInstance _root, ResourceType[] _types) {
            this._root = _root;
            this._inst = _root.instance("test:naming/second");
            this._fRecord = new TypedExport(_inst, "record", _root, _types);
            this._fGet = new TypedExport(_inst, "get", _root, _types);
            this._fClose_ = new TypedExport(_inst, "close", _root, _types);
        }

        /**
         * Java keywords and clashing members are escaped with a trailing underscore.
         * @param class_ WIT {@code u32}: unsigned, same bits in the signed Java type
         */
        public SecondItem record(int class_, String toString, long hashCode) {
            if (!_fRecord.isFast()) {
                Val _result = _inst.func("record").call(new Val.U32(class_), new Val.Str(toString), new Val.S64(hashCode));
                return NamingCodecs.liftSecondItem(_result, _root);
            }
            return _fRecord.invoke(_c -> {
                _c.i32(class_);
                _c.string(toString);
                _c.i64(hashCode);
            }, _c -> NamingCodecs.getSecondItem(_c, _c.spilledArea(12, 4)));
        }

        /**
         * @throws SecondErrorException when the function returns {@code err}
         */
        public SecondItem get() throws SecondErrorException {
            if (!_fGet.isFast()) {
                Val _result = _inst.func("get").call();
                Val.ResultVal _rv = (Val.ResultVal) _result;
                if (!_rv.isOk()) {
                    throw new SecondErrorException(NamingCodecs.liftSecondError(_rv.payload(), _root));
                }
                return NamingCodecs.liftSecondItem(_rv.payload(), _root);
            }
            Result<SecondItem, SecondError> _r = _fGet.invoke(_c -> {
            }, _c -> NamingCodecs.get_result1(_c, _c.spilledArea(16, 4)));
            if (_r instanceof Result.Err<SecondItem, SecondError> _x) {
                throw new SecondErrorException(_x.error());
            }
            return ((Result.Ok<SecondItem, SecondError>) _r).value();
        }

        public void close_() {
            if (!_fClose_.isFast()) {
                _inst.func("close").call();
                return;
            }
            _fClose_.invoke(_c -> {
            }, _c -> null);
        }
    }

    /**
     * The exported interface {@code test:naming/lists}.
     */
    public static final class Lists {
        private final ComponentInstance _root;

        private final ComponentInstance _inst;

        private final TypedExport _fRoundtrip;

        Lists(ComponentInstance _root, ResourceType[] _types) {
            this._root = _root;
            this._inst = _root.instance("test:naming/lists");
            this._fRoundtrip = new TypedExport(_inst, "roundtrip", _root, _types);
        }

        public Payload roundtrip(Payload p) {
            if (!_fRoundtrip.isFast()) {
                Val _result = _inst.func("roundtrip").call(NamingCodecs.lowerPayload(p));
                return NamingCodecs.liftPayload(_result, _root);
            }
            return _fRoundtrip.invoke(_c -> {
                NamingCodecs.pushPayload(_c, p);
            }, _c -> NamingCodecs.getPayload(_c, _c.spilledArea(56, 4)));
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

        private final TypedExport _fShadow;

        Shadows(ComponentInstance _root, ResourceType[] _types) {
            this._root = _root;
            this._inst = _root.instance("test:naming/shadows");
            this._fShadow = new TypedExport(_inst, "shadow", _root, _types);
        }

        public Optional<ShadowsString> shadow(ShadowsString a, ShadowsOverride b, ShadowsResult c) {
            if (!_fShadow.isFast()) {
                Val _result = _inst.func("shadow").call(NamingCodecs.lowerShadowsString(a), NamingCodecs.lowerShadowsOverride(b), NamingCodecs.lowerShadowsResult(c));
                return Vals.option(_result, _e0 -> NamingCodecs.liftShadowsString(_e0, _root));
            }
            return _fShadow.invoke(_c -> {
                NamingCodecs.pushShadowsString(_c, a);
                NamingCodecs.pushShadowsOverride(_c, b);
                NamingCodecs.pushShadowsResult(_c, c);
            }, _c -> NamingCodecs.get_option24(_c, _c.spilledArea(12, 4)));
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
            }, _c -> {
                Result<Item, FirstError> _ret;
                try {
                    _ret = Result.<Item, FirstError>ok(_impl.get());
                } catch (FirstErrorException _x) {
                    _ret = Result.<Item, FirstError>err(_x.error());
                }
                long _r = _c.spilledArea(16, 4);
                NamingCodecs.put_result25(_c, _r, _ret);
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
            }, _c -> {
                Settings _a0 = NamingCodecs.pullSettings(_c);
                boolean _ret = _impl.configure(_a0);
                _c.i32(_ret ? 1 : 0);
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
