package golden.imports;

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
 * A plugin that logs and stores.
 *
 * Bindings for WIT world {@code test:imports/plugin}: build an instance with {@link #builder()}, call the exports, then close it.
 */
public final class Plugin implements AutoCloseable {
    static {
        BindingsVersion.check(1);
    }

    private final ComponentInstance _inst;

    private final TypedExport _fRun;

    private final TypedExport _fName;

    private Plugin(ComponentInstance _inst) {
        this._inst = _inst;
        ResourceType[] _types = {};
        this._fRun = new TypedExport(_inst, "run", _inst, _types);
        this._fName = new TypedExport(_inst, "name", _inst, _types);
    }

    /**
     * @return WIT {@code u32}: unsigned, same bits in the signed Java type
     * @throws RunException when the function returns {@code err}
     */
    public int run(List<String> args) throws RunException {
        if (!_fRun.isFast()) {
            Val _result = _inst.func("run").call(Vals.list(args, _e0 -> new Val.Str(_e0)));
            Val.ResultVal _rv = (Val.ResultVal) _result;
            if (!_rv.isOk()) {
                throw new RunException(((Val.Str) _rv.payload()).value());
            }
            return ((Val.U32) _rv.payload()).value();
        }
        Result<Integer, String> _r = _fRun.invoke(_c -> {
            PluginCodecs.push_list1(_c, args);
        }, _c -> PluginCodecs.get_result2(_c, _c.spilledArea(12, 4)));
        if (_r instanceof Result.Err<Integer, String> _x) {
            throw new RunException(_x.error());
        }
        return ((Result.Ok<Integer, String>) _r).value();
    }

    public String name() {
        if (!_fName.isFast()) {
            Val _result = _inst.func("name").call();
            return ((Val.Str) _result).value();
        }
        return _fName.invoke(_c -> {
        }, _c -> _c.getString(_c.spilledArea(8, 4)));
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
     * Configures and instantiates {@link Plugin}.
     */
    public static final class Builder extends WorldBuilder<Builder, Plugin> {
        private Log log;

        private Kv kv;

        private PluginImports imports;

        private Builder() {
        }

        /**
         * The implementation of the imported {@code test:imports/log}.
         */
        public Builder log(Log implementation) {
            this.log = Objects.requireNonNull(implementation, "implementation");
            return this;
        }

        private void linkLog(ComponentLinker linker, Log _impl) {
            ComponentLinker.HostInstance _target = linker.instance("test:imports/log");
            _target.type("level", PluginCodecs.typeOfLevel());
            _target.func("write", ComponentFuncType.of(List.of(new ComponentFuncType.Param("level", PluginCodecs.typeOfLevel()), new ComponentFuncType.Param("line", Type.Primitive.STRING)), null), _args -> {
                _impl.write(PluginCodecs.liftLevel(_args.get(0), null), ((Val.Str) _args.get(1)).value());
                return null;
            }, _c -> {
                Level _a0 = PluginCodecs.pullLevel(_c);
                String _a1 = _c.nextString();
                _impl.write(_a0, _a1);
            });
            _target.func("lines", ComponentFuncType.of(List.of(), Type.Primitive.U64), _args -> {
                long _ret = _impl.lines();
                return new Val.U64(_ret);
            }, _c -> {
                long _ret = _impl.lines();
                _c.i64(_ret);
            });
        }

        /**
         * The implementation of the imported {@code test:imports/kv}.
         */
        public Builder kv(Kv implementation) {
            this.kv = Objects.requireNonNull(implementation, "implementation");
            return this;
        }

        private void linkKv(ComponentLinker linker, Kv _impl) {
            ComponentLinker.HostInstance _target = linker.instance("test:imports/kv");
            _target.type("level", PluginCodecs.typeOfLevel());
            _target.type("entry", PluginCodecs.typeOfEntry());
            _target.func("get", ComponentFuncType.of(List.of(new ComponentFuncType.Param("key", Type.Primitive.STRING)), new Type.OptionType(new Type.ListType(Type.Primitive.U8, -1))), _args -> {
                Optional<byte[]> _ret = _impl.get(((Val.Str) _args.get(0)).value());
                return Vals.option(_ret, _e0 -> Vals.list(_e0, true));
            }, _c -> {
                String _a0 = _c.nextString();
                Optional<byte[]> _ret = _impl.get(_a0);
                long _r = _c.spilledArea(12, 4);
                PluginCodecs.put_option3(_c, _r, _ret);
            });
            _target.func("put", ComponentFuncType.of(List.of(new ComponentFuncType.Param("e", PluginCodecs.typeOfEntry())), new Type.ResultType(null, Type.Primitive.STRING)), _args -> {
                try {
                    _impl.put(PluginCodecs.liftEntry(_args.get(0), null));
                    return new Val.ResultVal(true, null);
                } catch (PutException _x) {
                    return new Val.ResultVal(false, new Val.Str(_x.error()));
                }
            }, _c -> {
                Entry _a0 = PluginCodecs.pullEntry(_c);
                Result<Void, String> _ret;
                try {
                    _impl.put(_a0);
                    _ret = Result.<Void, String>ok(null);
                } catch (PutException _x) {
                    _ret = Result.<Void, String>err(_x.error());
                }
                long _r = _c.spilledArea(12, 4);
                PluginCodecs.put_result6(_c, _r, _ret);
            });
            _target.func("keys", ComponentFuncType.of(List.of(new ComponentFuncType.Param("min", PluginCodecs.typeOfLevel())), new Type.ListType(Type.Primitive.STRING, -1)), _args -> {
                List<String> _ret = _impl.keys(PluginCodecs.liftLevel(_args.get(0), null));
                return Vals.list(_ret, _e0 -> new Val.Str(_e0));
            }, _c -> {
                Level _a0 = PluginCodecs.pullLevel(_c);
                List<String> _ret = _impl.keys(_a0);
                long _r = _c.spilledArea(8, 4);
                PluginCodecs.put_list1(_c, _r, _ret);
            });
        }

        /**
         * The implementation of the imported world functions.
         */
        public Builder imports(PluginImports implementation) {
            this.imports = Objects.requireNonNull(implementation, "implementation");
            return this;
        }

        private void linkImports(ComponentLinker linker, PluginImports _impl) {
            linker.func("now", ComponentFuncType.of(List.of(), Type.Primitive.U64), _args -> {
                long _ret = _impl.now();
                return new Val.U64(_ret);
            }, _c -> {
                long _ret = _impl.now();
                _c.i64(_ret);
            });
            linker.func("random", ComponentFuncType.of(List.of(new ComponentFuncType.Param("bound", Type.Primitive.U32)), Type.Primitive.U32), _args -> {
                int _ret = _impl.random(((Val.U32) _args.get(0)).value());
                return new Val.U32(_ret);
            }, _c -> {
                int _a0 = _c.nextI32();
                int _ret = _impl.random(_a0);
                _c.i32(_ret);
            });
        }

        @Override
        protected void link(ComponentLinker linker) {
            linkLog(linker, require(log, "test:imports/log"));
            linkKv(linker, require(kv, "test:imports/kv"));
            linkImports(linker, require(imports, "world functions"));
        }

        @Override
        protected Plugin create(ComponentInstance instance) {
            return new Plugin(instance);
        }
    }
}
