package golden.naming;

import java.util.List;

public record Bits(List<Boolean> flags, List<Integer> chars, byte[] small, short[] halves,
        float[] singles, long[] longs) {
}
