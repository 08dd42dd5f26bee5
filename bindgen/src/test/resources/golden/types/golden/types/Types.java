package golden.types;

import dev.weft.component.ComponentInstance;
import dev.weft.component.ComponentLinker;
import dev.weft.component.ResourceType;
import dev.weft.component.Val;
import dev.weft.component.bindings.BindingsVersion;
import dev.weft.component.bindings.Result;
import dev.weft.component.bindings.Tuple2;
import dev.weft.component.bindings.TypedExport;
import dev.weft.component.bindings.Vals;
import dev.weft.component.bindings.WorldBuilder;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Bindings for WIT world {@code test:types/types@0.1.0}: build an instance with {@link #builder()}, call the exports, then close it.
 */
public final class Types implements AutoCloseable {
    static {
        BindingsVersion.check(1);
    }

    private final ComponentInstance _inst;

    private final Shapes shapes;

    private final TypedExport _fVersion;

    private Types(ComponentInstance _inst) {
        this._inst = _inst;
        ResourceType[] _types = {};
        this.shapes = new Shapes(_inst, _types);
        this._fVersion = new TypedExport(_inst, "version", _inst, _types);
    }

    /**
     * The exported interface {@code test:types/shapes@0.1.0}.
     */
    public Shapes shapes() {
        return shapes;
    }

    public String version() {
        if (!_fVersion.isFast()) {
            Val _result = _inst.func("version").call();
            return ((Val.Str) _result).value();
        }
        return _fVersion.invoke(_c -> {
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
     * Shapes and values of every kind.
     *
     * The exported interface {@code test:types/shapes@0.1.0}.
     */
    public static final class Shapes {
        private final ComponentInstance _root;

        private final ComponentInstance _inst;

        private final TypedExport _fNorm;

        private final TypedExport _fArea;

        private final TypedExport _fPaint;

        private final TypedExport _fEcho;

        private final TypedExport _fCentroid;

        private final TypedExport _fParse;

        private final TypedExport _fCheck;

        private final TypedExport _fSwap;

        Shapes(ComponentInstance _root, ResourceType[] _types) {
            this._root = _root;
            this._inst = _root.instance("test:types/shapes@0.1.0");
            this._fNorm = new TypedExport(_inst, "norm", _root, _types);
            this._fArea = new TypedExport(_inst, "area", _root, _types);
            this._fPaint = new TypedExport(_inst, "paint", _root, _types);
            this._fEcho = new TypedExport(_inst, "echo", _root, _types);
            this._fCentroid = new TypedExport(_inst, "centroid", _root, _types);
            this._fParse = new TypedExport(_inst, "parse", _root, _types);
            this._fCheck = new TypedExport(_inst, "check", _root, _types);
            this._fSwap = new TypedExport(_inst, "swap", _root, _types);
        }

        /**
         * Distance from the origin, rounded down.
         * @return WIT {@code u32}: unsigned, same bits in the signed Java type
         */
        public int norm(Point p) {
            if (!_fNorm.isFast()) {
                Val _result = _inst.func("norm").call(TypesCodecs.lowerPoint(p));
                return ((Val.U32) _result).value();
            }
            return _fNorm.invoke(_c -> {
                TypesCodecs.pushPoint(_c, p);
            }, _c -> _c.nextI32());
        }

        public double area(Shape s) {
            if (!_fArea.isFast()) {
                Val _result = _inst.func("area").call(TypesCodecs.lowerShape(s));
                return ((Val.F64) _result).value();
            }
            return _fArea.invoke(_c -> {
                TypesCodecs.pushShape(_c, s);
            }, _c -> _c.nextF64());
        }

        public Optional<Color> paint(Color c, EnumSet<Permissions> perms) {
            if (!_fPaint.isFast()) {
                Val _result = _inst.func("paint").call(TypesCodecs.lowerColor(c), TypesCodecs.lowerPermissions(perms));
                return Vals.option(_result, _e0 -> TypesCodecs.liftColor(_e0, _root));
            }
            return _fPaint.invoke(_c -> {
                TypesCodecs.pushColor(_c, c);
                TypesCodecs.pushPermissions(_c, perms);
            }, _c -> TypesCodecs.get_option2(_c, _c.spilledArea(2, 1)));
        }

        public Everything echo(Everything e) {
            if (!_fEcho.isFast()) {
                Val _result = _inst.func("echo").call(TypesCodecs.lowerEverything(e));
                return TypesCodecs.liftEverything(_result, _root);
            }
            return _fEcho.invoke(_c -> {
                long _p = _c.spillParams(160, 8);
                TypesCodecs.putEverything(_c, _p, e);
            }, _c -> TypesCodecs.getEverything(_c, _c.spilledArea(160, 8)));
        }

        /**
         * @throws ErrorCodeException when the function returns {@code err}
         */
        public Point centroid(List<Point> ps) throws ErrorCodeException {
            if (!_fCentroid.isFast()) {
                Val _result = _inst.func("centroid").call(Vals.list(ps, _e0 -> TypesCodecs.lowerPoint(_e0)));
                Val.ResultVal _rv = (Val.ResultVal) _result;
                if (!_rv.isOk()) {
                    throw new ErrorCodeException(TypesCodecs.liftErrorCode(_rv.payload(), _root));
                }
                return TypesCodecs.liftPoint(_rv.payload(), _root);
            }
            Result<Point, ErrorCode> _r = _fCentroid.invoke(_c -> {
                TypesCodecs.push_list23(_c, ps);
            }, _c -> TypesCodecs.get_result24(_c, _c.spilledArea(12, 4)));
            if (_r instanceof Result.Err<Point, ErrorCode> _x) {
                throw new ErrorCodeException(_x.error());
            }
            return ((Result.Ok<Point, ErrorCode>) _r).value();
        }

        /**
         * @throws ParseException when the function returns {@code err}
         */
        public long parse(String text) throws ParseException {
            if (!_fParse.isFast()) {
                Val _result = _inst.func("parse").call(new Val.Str(text));
                Val.ResultVal _rv = (Val.ResultVal) _result;
                if (!_rv.isOk()) {
                    throw new ParseException(((Val.Str) _rv.payload()).value());
                }
                return ((Val.S64) _rv.payload()).value();
            }
            Result<Long, String> _r = _fParse.invoke(_c -> {
                _c.string(text);
            }, _c -> TypesCodecs.get_result25(_c, _c.spilledArea(16, 8)));
            if (_r instanceof Result.Err<Long, String> _x) {
                throw new ParseException(_x.error());
            }
            return ((Result.Ok<Long, String>) _r).value();
        }

        /**
         * @param n WIT {@code u32}: unsigned, same bits in the signed Java type
         * @throws ErrorCodeException when the function returns {@code err}
         */
        public void check(int n) throws ErrorCodeException {
            if (!_fCheck.isFast()) {
                Val _result = _inst.func("check").call(new Val.U32(n));
                Val.ResultVal _rv = (Val.ResultVal) _result;
                if (!_rv.isOk()) {
                    throw new ErrorCodeException(TypesCodecs.liftErrorCode(_rv.payload(), _root));
                }
                return;
            }
            Result<Void, ErrorCode> _r = _fCheck.invoke(_c -> {
                _c.i32(n);
            }, _c -> TypesCodecs.get_result26(_c, _c.spilledArea(2, 1)));
            if (_r instanceof Result.Err<Void, ErrorCode> _x) {
                throw new ErrorCodeException(_x.error());
            }
        }

        public Tuple2<Integer, String> swap(Tuple2<String, Integer> t) {
            if (!_fSwap.isFast()) {
                Val _result = _inst.func("swap").call(new Val.TupleVal(List.of(new Val.Str(t.v0()), new Val.U32(t.v1()))));
                return new Tuple2<>(((Val.U32) ((Val.TupleVal) _result).elements().get(0)).value(), ((Val.Str) ((Val.TupleVal) _result).elements().get(1)).value());
            }
            return _fSwap.invoke(_c -> {
                TypesCodecs.push_tuple27(_c, t);
            }, _c -> TypesCodecs.get_tuple28(_c, _c.spilledArea(12, 4)));
        }
    }

    /**
     * Configures and instantiates {@link Types}.
     */
    public static final class Builder extends WorldBuilder<Builder, Types> {
        private Builder() {
        }

        @Override
        protected void link(ComponentLinker linker) {
        }

        @Override
        protected Types create(ComponentInstance instance) {
            return new Types(instance);
        }
    }
}
