package golden.types;

import dev.weft.component.ComponentInstance;
import dev.weft.component.ComponentLinker;
import dev.weft.component.Val;
import dev.weft.component.bindings.BindingsVersion;
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
        this.shapes = new Shapes(_inst);
        this._fVersion = new TypedExport(_inst, "version");
    }

    /**
     * The exported interface {@code test:types/shapes@0.1.0}.
     */
    public Shapes shapes() {
        return shapes;
    }

    public String version() {
        return _fVersion.call(_a -> {}, _r -> _r.string());
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

        Shapes(ComponentInstance _root) {
            this._root = _root;
            this._inst = _root.instance("test:types/shapes@0.1.0");
        }

        /**
         * Distance from the origin, rounded down.
         * @return WIT {@code u32}: unsigned, same bits in the signed Java type
         */
        public int norm(Point p) {
            Val _result = _inst.func("norm").call(TypesCodecs.lowerPoint(p));
            return ((Val.U32) _result).value();
        }

        public double area(Shape s) {
            Val _result = _inst.func("area").call(TypesCodecs.lowerShape(s));
            return ((Val.F64) _result).value();
        }

        public Optional<Color> paint(Color c, EnumSet<Permissions> perms) {
            Val _result = _inst.func("paint").call(TypesCodecs.lowerColor(c), TypesCodecs.lowerPermissions(perms));
            return Vals.option(_result, _e0 -> TypesCodecs.liftColor(_e0, _root));
        }

        public Everything echo(Everything e) {
            Val _result = _inst.func("echo").call(TypesCodecs.lowerEverything(e));
            return TypesCodecs.liftEverything(_result, _root);
        }

        /**
         * @throws ErrorCodeException when the function returns {@code err}
         */
        public Point centroid(List<Point> ps) throws ErrorCodeException {
            Val _result = _inst.func("centroid").call(Vals.list(ps, _e0 -> TypesCodecs.lowerPoint(_e0)));
            Val.ResultVal _rv = (Val.ResultVal) _result;
            if (!_rv.isOk()) {
                throw new ErrorCodeException(TypesCodecs.liftErrorCode(_rv.payload(), _root));
            }
            return TypesCodecs.liftPoint(_rv.payload(), _root);
        }

        /**
         * @throws ParseException when the function returns {@code err}
         */
        public long parse(String text) throws ParseException {
            Val _result = _inst.func("parse").call(new Val.Str(text));
            Val.ResultVal _rv = (Val.ResultVal) _result;
            if (!_rv.isOk()) {
                throw new ParseException(((Val.Str) _rv.payload()).value());
            }
            return ((Val.S64) _rv.payload()).value();
        }

        /**
         * @param n WIT {@code u32}: unsigned, same bits in the signed Java type
         * @throws ErrorCodeException when the function returns {@code err}
         */
        public void check(int n) throws ErrorCodeException {
            Val _result = _inst.func("check").call(new Val.U32(n));
            Val.ResultVal _rv = (Val.ResultVal) _result;
            if (!_rv.isOk()) {
                throw new ErrorCodeException(TypesCodecs.liftErrorCode(_rv.payload(), _root));
            }
        }

        public Tuple2<Integer, String> swap(Tuple2<String, Integer> t) {
            Val _result = _inst.func("swap").call(new Val.TupleVal(List.of(new Val.Str(t.v0()), new Val.U32(t.v1()))));
            return new Tuple2<>(((Val.U32) ((Val.TupleVal) _result).elements().get(0)).value(), ((Val.Str) ((Val.TupleVal) _result).elements().get(1)).value());
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
