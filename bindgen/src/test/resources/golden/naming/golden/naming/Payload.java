package golden.naming;

import dev.weft.component.bindings.Result;
import dev.weft.component.bindings.Tuple2;
import java.util.List;
import java.util.Optional;

public sealed interface Payload permits Payload.None, Payload.Some, Payload.Nested {
    /**
     * The {@code none} case.
     */
    record None() implements Payload {
    }

    /**
     * The {@code some} case.
     */
    record Some(Optional<Bits> value) implements Payload {
    }

    /**
     * The {@code nested} case.
     */
    record Nested(Result<Optional<Byte>, List<Tuple2<String, Integer>>> value) implements Payload {
    }
}
