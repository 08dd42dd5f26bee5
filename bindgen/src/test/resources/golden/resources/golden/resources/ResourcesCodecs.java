package golden.resources;

import dev.weft.component.bindings.Canon;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Conversions of the Java types of world {@code test:resources/resources}: to and from dynamic values, and the typed path's
 * Canonical ABI code.
 */
final class ResourcesCodecs {
    private ResourcesCodecs() {
    }

    static List<Counter> get_list1(Canon _c, long _at) {
        long _p = _c.getPtr(_at);
        int _n = _c.checkList(_p, _c.getPtr(_at + 4), 4, 4);
        List<Counter> _r = new ArrayList<>(_n);
        for (int _i = 0; _i < _n; _i++) {
            _r.add(new Counter(_c.root(), _c.ownHandle(_c.get32(_p + (long) _i * 4), _c.exported(0))));
        }
        return Collections.unmodifiableList(_r);
    }
}
