package golden.types;

import dev.weft.component.bindings.Result;
import dev.weft.component.bindings.Tuple2;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

public record Everything(boolean aBool, byte aU8, byte aS8, short aU16, short aS16, int aU32,
        int aS32, long aU64, long aS64, float aF32, double aF64, int aChar, String aString,
        byte[] bytes, int[] words, double[] floats, List<String> names, Optional<Integer> maybe,
        Optional<Optional<String>> maybeMaybe, Result<Integer, String> outcome,
        Result<Void, Void> bare, Tuple2<Byte, String> pair, Color color, EnumSet<Permissions> perms,
        int class_, long hashCode_) {
}
