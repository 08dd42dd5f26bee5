package dev.weft.bindgen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.component.Val;
import dev.weft.component.bindings.BindingsVersion;
import dev.weft.component.bindings.Result;
import dev.weft.component.bindings.Vals;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The support package generated code calls: value conversions, results, the version check. */
class BindingsRuntimeTest {
    enum Perm { READ, WRITE, EXEC }

    private static final List<String> PERM_NAMES = List.of("read", "write", "exec");

    @Test
    void unsignedListsKeepTheirBits() {
        Val v = Vals.list(new int[] {-1, 7}, true);
        assertEquals(new Val.ListVal(List.of(new Val.U32(-1), new Val.U32(7))), v);
        assertArrayEquals(new int[] {-1, 7}, Vals.ints(v));
        assertArrayEquals(new byte[] {(byte) 200}, Vals.bytes(Vals.list(new byte[] {(byte) 200}, true)));
    }

    @Test
    void nestedOptionsStayDistinct() {
        Val someNone = Vals.option(Optional.of(Optional.<String>empty()), o -> Vals.option(o, Val.Str::new));
        assertEquals(new Val.OptionVal(new Val.OptionVal(null)), someNone);
        Optional<Optional<String>> back = Vals.option(someNone, o -> Vals.option(o, s -> ((Val.Str) s).value()));
        assertEquals(Optional.of(Optional.empty()), back);
    }

    @Test
    void resultsAndFlagsRoundTrip() {
        Val err = Vals.result(Result.<Integer, String>err("bad"), i -> new Val.U32(i), Val.Str::new);
        assertEquals(new Val.ResultVal(false, new Val.Str("bad")), err);
        Result<Integer, String> r = Vals.result(err, v -> ((Val.U32) v).value(), v -> ((Val.Str) v).value());
        assertEquals(Result.err("bad"), r);
        assertThrows(IllegalStateException.class, r::unwrap);

        Val flags = Vals.flags(EnumSet.of(Perm.READ, Perm.EXEC), PERM_NAMES);
        assertEquals(new Val.FlagsVal(java.util.Set.of("read", "exec")), flags);
        assertEquals(EnumSet.of(Perm.READ, Perm.EXEC), Vals.flags(flags, Perm.class, PERM_NAMES));
        assertEquals(Perm.WRITE, Vals.enumCase(new Val.EnumVal("write"), Perm.values(), PERM_NAMES));
    }

    @Test
    void bindingsForAnotherContractVersionFailAtClassInit() {
        BindingsVersion.check(BindingsVersion.CURRENT);
        assertThrows(IllegalStateException.class, () -> BindingsVersion.check(BindingsVersion.CURRENT + 1));
    }
}
