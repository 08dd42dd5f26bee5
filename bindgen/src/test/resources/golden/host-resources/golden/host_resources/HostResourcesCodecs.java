package golden.host_resources;

import dev.weft.component.ResourceType;
import dev.weft.component.bindings.Canon;
import dev.weft.component.bindings.Result;
import java.util.List;
import java.util.Optional;

/**
 * Conversions of the Java types of world {@code test:host-resources/host-resources}: to and from dynamic values, and the typed path's
 * Canonical ABI code.
 */
final class HostResourcesCodecs {
    static final ResourceType FILE_TYPE = ResourceType.host("file");

    private HostResourcesCodecs() {
    }

    static void put_list1(Canon _c, long _at, byte[] v) {
        _c.putPtr(_at, _c.storeBytes(v));
        _c.putPtr(_at + 4, v.length);
    }

    static byte[] pull_list1(Canon _c) {
        return _c.loadBytes(_c.nextPtr(), _c.nextPtr());
    }

    static void put_result3(Canon _c, long _at, Result<Integer, String> v) {
        if (v instanceof Result.Ok<Integer, String> _o) {
            _c.put8(_at, 0);
            _c.put32(_at + 4, _o.value());
        } else if (v instanceof Result.Err<Integer, String> _x) {
            _c.put8(_at, 1);
            _c.putString(_at + 4, _x.error());
        }
    }

    static void put_option4(Canon _c, long _at, Optional<File> v) {
        if (v.isPresent()) {
            _c.put8(_at, 1);
            _c.put32(_at + 4, _c.own(HostResourcesCodecs.FILE_TYPE, v.get()));
        } else {
            _c.put8(_at, 0);
        }
    }

    static void put_list5(Canon _c, long _at, List<File> v) {
        long _p = _c.allocList(v.size(), 4, 4);
        long _at2 = _p;
        for (File _e : v) {
            _c.put32(_at2, _c.own(HostResourcesCodecs.FILE_TYPE, _e));
            _at2 += 4;
        }
        _c.putPtr(_at, _p);
        _c.putPtr(_at + 4, v.size());
    }
}
