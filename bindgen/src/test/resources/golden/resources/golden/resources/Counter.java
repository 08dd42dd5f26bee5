package golden.resources;

import dev.weft.component.ComponentInstance;
import dev.weft.component.Resource;
import dev.weft.component.Val;
import dev.weft.component.bindings.ExportedResource;
import dev.weft.component.bindings.TypedExport;

/**
 * A counter kept by the component.
 *
 * An owned handle to WIT resource {@code counter}, exported by the component; close it to drop the resource. Its constructor and static functions are on the interface's facade.
 */
public final class Counter extends ExportedResource {
    private static final String INTERFACE = "test:resources/counters";

    private TypedExport _fIncrement;

    private TypedExport _fGet;

    Counter(ComponentInstance instance, Resource handle) {
        super(instance, handle);
    }

    /**
     * Adds one and returns the new value.
     * @return WIT {@code u32}: unsigned, same bits in the signed Java type
     */
    public int increment() {
        if (_fIncrement == null) {
            _fIncrement = new TypedExport(instance().instance(INTERFACE), "[method]counter.increment", instance());
        }
        if (!_fIncrement.isFast()) {
            ComponentInstance _inst = instance().instance(INTERFACE);
            Val _result = _inst.func("[method]counter.increment").call(new Val.ResourceVal(borrow()));
            return ((Val.U32) _result).value();
        }
        Resource _self = borrow();
        return _fIncrement.invoke(_c -> {
            _c.i32(_c.borrow(_self, _self.type()));
        }, _c -> _c.nextI32());
    }

    /**
     * @return WIT {@code u32}: unsigned, same bits in the signed Java type
     */
    public int get() {
        if (_fGet == null) {
            _fGet = new TypedExport(instance().instance(INTERFACE), "[method]counter.get", instance());
        }
        if (!_fGet.isFast()) {
            ComponentInstance _inst = instance().instance(INTERFACE);
            Val _result = _inst.func("[method]counter.get").call(new Val.ResourceVal(borrow()));
            return ((Val.U32) _result).value();
        }
        Resource _self = borrow();
        return _fGet.invoke(_c -> {
            _c.i32(_c.borrow(_self, _self.type()));
        }, _c -> _c.nextI32());
    }

    public void merge(Counter other) {
        ComponentInstance _inst = instance().instance(INTERFACE);
        _inst.func("[method]counter.merge").call(new Val.ResourceVal(borrow()), new Val.ResourceVal(other.borrow()));
    }

    /**
     * @return WIT {@code u32}: unsigned, same bits in the signed Java type
     */
    public int consume(Counter other) {
        ComponentInstance _inst = instance().instance(INTERFACE);
        Val _result = _inst.func("[method]counter.consume").call(new Val.ResourceVal(borrow()), new Val.ResourceVal(other.transfer()));
        return ((Val.U32) _result).value();
    }
}
