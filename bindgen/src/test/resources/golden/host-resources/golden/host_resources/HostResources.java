package golden.host_resources;

import dev.weft.component.ComponentFuncType;
import dev.weft.component.ComponentInstance;
import dev.weft.component.ComponentLinker;
import dev.weft.component.Resource;
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
 * Bindings for WIT world {@code test:host-resources/host-resources}: build an instance with {@link #builder()}, call the exports, then close it.
 */
public final class HostResources implements AutoCloseable {
    static {
        BindingsVersion.check(1);
    }

    private final ComponentInstance _inst;

    private final TypedExport _fRun;

    private HostResources(ComponentInstance _inst) {
        this._inst = _inst;
        ResourceType[] _types = {};
        this._fRun = new TypedExport(_inst, "run", _inst, _types);
    }

    /**
     * @return WIT {@code u64}: unsigned, same bits in the signed Java type
     */
    public long run() {
        if (!_fRun.isFast()) {
            Val _result = _inst.func("run").call();
            return ((Val.U64) _result).value();
        }
        return _fRun.invoke(_c -> {
        }, _c -> _c.nextI64());
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
     * Configures and instantiates {@link HostResources}.
     */
    public static final class Builder extends WorldBuilder<Builder, HostResources> {
        private Files files;

        private Builder() {
        }

        /**
         * The implementation of the imported {@code test:host-resources/files}.
         */
        public Builder files(Files implementation) {
            this.files = Objects.requireNonNull(implementation, "implementation");
            return this;
        }

        private void linkFiles(ComponentLinker linker, Files _impl) {
            ComponentLinker.HostInstance _target = linker.instance("test:host-resources/files");
            _target.resource("file", HostResourcesCodecs.FILE_TYPE, _rep -> ((File) _rep).close());
            _target.func("[constructor]file", ComponentFuncType.of(List.of(new ComponentFuncType.Param("path", Type.Primitive.STRING)), new Type.Own(HostResourcesCodecs.FILE_TYPE)), _args -> {
                File _ret = _impl.newFile(((Val.Str) _args.get(0)).value());
                return new Val.ResourceVal(Resource.own(HostResourcesCodecs.FILE_TYPE, _ret));
            }, _c -> {
                String _a0 = _c.nextString();
                File _ret = _impl.newFile(_a0);
                _c.i32(_c.own(HostResourcesCodecs.FILE_TYPE, _ret));
            });
            _target.func("[method]file.read", ComponentFuncType.of(List.of(new ComponentFuncType.Param("self", new Type.Borrow(HostResourcesCodecs.FILE_TYPE)), new ComponentFuncType.Param("max", Type.Primitive.U32)), new Type.ListType(Type.Primitive.U8, -1)), _args -> {
                byte[] _ret = ((File) ((Resource) ((Val.ResourceVal) _args.get(0)).handle()).rep()).read(((Val.U32) _args.get(1)).value());
                return Vals.list(_ret, true);
            }, _c -> {
                File _a0 = (File) _c.lend(_c.nextI32(), HostResourcesCodecs.FILE_TYPE);
                int _a1 = _c.nextI32();
                byte[] _ret = _a0.read(_a1);
                long _r = _c.spilledArea(8, 4);
                HostResourcesCodecs.put_list1(_c, _r, _ret);
            });
            _target.func("[method]file.write", ComponentFuncType.of(List.of(new ComponentFuncType.Param("self", new Type.Borrow(HostResourcesCodecs.FILE_TYPE)), new ComponentFuncType.Param("data", new Type.ListType(Type.Primitive.U8, -1))), new Type.ResultType(Type.Primitive.U32, Type.Primitive.STRING)), _args -> {
                try {
                    int _ret = ((File) ((Resource) ((Val.ResourceVal) _args.get(0)).handle()).rep()).write(Vals.bytes(_args.get(1)));
                    return new Val.ResultVal(true, new Val.U32(_ret));
                } catch (FileWriteException _x) {
                    return new Val.ResultVal(false, new Val.Str(_x.error()));
                }
            }, _c -> {
                File _a0 = (File) _c.lend(_c.nextI32(), HostResourcesCodecs.FILE_TYPE);
                byte[] _a1 = HostResourcesCodecs.pull_list1(_c);
                Result<Integer, String> _ret;
                try {
                    _ret = Result.<Integer, String>ok(_a0.write(_a1));
                } catch (FileWriteException _x) {
                    _ret = Result.<Integer, String>err(_x.error());
                }
                long _r = _c.spilledArea(12, 4);
                HostResourcesCodecs.put_result3(_c, _r, _ret);
            });
            _target.func("[method]file.size", ComponentFuncType.of(List.of(new ComponentFuncType.Param("self", new Type.Borrow(HostResourcesCodecs.FILE_TYPE))), Type.Primitive.U64), _args -> {
                long _ret = ((File) ((Resource) ((Val.ResourceVal) _args.get(0)).handle()).rep()).size();
                return new Val.U64(_ret);
            }, _c -> {
                File _a0 = (File) _c.lend(_c.nextI32(), HostResourcesCodecs.FILE_TYPE);
                long _ret = _a0.size();
                _c.i64(_ret);
            });
            _target.func("[static]file.open-default", ComponentFuncType.of(List.of(), new Type.Own(HostResourcesCodecs.FILE_TYPE)), _args -> {
                File _ret = _impl.fileOpenDefault();
                return new Val.ResourceVal(Resource.own(HostResourcesCodecs.FILE_TYPE, _ret));
            }, _c -> {
                File _ret = _impl.fileOpenDefault();
                _c.i32(_c.own(HostResourcesCodecs.FILE_TYPE, _ret));
            });
            _target.func("[method]file.close", ComponentFuncType.of(List.of(new ComponentFuncType.Param("self", new Type.Borrow(HostResourcesCodecs.FILE_TYPE))), null), _args -> {
                ((File) ((Resource) ((Val.ResourceVal) _args.get(0)).handle()).rep()).close_();
                return null;
            }, _c -> {
                File _a0 = (File) _c.lend(_c.nextI32(), HostResourcesCodecs.FILE_TYPE);
                _a0.close_();
            });
            _target.func("copy", ComponentFuncType.of(List.of(new ComponentFuncType.Param("src", new Type.Borrow(HostResourcesCodecs.FILE_TYPE)), new ComponentFuncType.Param("dst", new Type.Borrow(HostResourcesCodecs.FILE_TYPE))), Type.Primitive.U64), _args -> {
                long _ret = _impl.copy(((File) ((Resource) ((Val.ResourceVal) _args.get(0)).handle()).rep()), ((File) ((Resource) ((Val.ResourceVal) _args.get(1)).handle()).rep()));
                return new Val.U64(_ret);
            }, _c -> {
                File _a0 = (File) _c.lend(_c.nextI32(), HostResourcesCodecs.FILE_TYPE);
                File _a1 = (File) _c.lend(_c.nextI32(), HostResourcesCodecs.FILE_TYPE);
                long _ret = _impl.copy(_a0, _a1);
                _c.i64(_ret);
            });
            _target.func("take", ComponentFuncType.of(List.of(new ComponentFuncType.Param("f", new Type.Own(HostResourcesCodecs.FILE_TYPE))), new Type.OptionType(new Type.Own(HostResourcesCodecs.FILE_TYPE))), _args -> {
                Optional<File> _ret = _impl.take(((File) ((Resource) ((Val.ResourceVal) _args.get(0)).handle()).rep()));
                return Vals.option(_ret, _e0 -> new Val.ResourceVal(Resource.own(HostResourcesCodecs.FILE_TYPE, _e0)));
            }, _c -> {
                File _a0 = (File) _c.takeOwn(_c.nextI32(), HostResourcesCodecs.FILE_TYPE);
                Optional<File> _ret = _impl.take(_a0);
                long _r = _c.spilledArea(8, 4);
                HostResourcesCodecs.put_option4(_c, _r, _ret);
            });
            _target.func("many", ComponentFuncType.of(List.of(), new Type.ListType(new Type.Own(HostResourcesCodecs.FILE_TYPE), -1)), _args -> {
                List<File> _ret = _impl.many();
                return Vals.list(_ret, _e0 -> new Val.ResourceVal(Resource.own(HostResourcesCodecs.FILE_TYPE, _e0)));
            }, _c -> {
                List<File> _ret = _impl.many();
                long _r = _c.spilledArea(8, 4);
                HostResourcesCodecs.put_list5(_c, _r, _ret);
            });
        }

        @Override
        protected void link(ComponentLinker linker) {
            linkFiles(linker, require(files, "test:host-resources/files"));
        }

        @Override
        protected HostResources create(ComponentInstance instance) {
            return new HostResources(instance);
        }
    }
}
