package dev.weft.component;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.engine.Engine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Component text refers to types by index in value-type positions, which the binary format encodes
 * as a signed LEB (s33): from index 64 on, an unsigned encoding would read back as a negative number,
 * i.e. as a primitive type or an invalid byte.
 */
class TypeIndexEncodingTest {
    @Test
    void typeIndicesFrom64OnRoundTripThroughComponentText() {
        StringBuilder text = new StringBuilder("(component\n");
        for (int i = 0; i < 69; i++) text.append("  (type $t").append(i).append(" u8)\n");
        text.append("""
                  (type $t69 (list string))
                  (import "f" (func $f (param "x" $t69) (result $t64)))
                  (export "g" (func $f))
                )""");
        Engine engine = Engine.create();
        Component component = Component.fromText(engine, text.toString());
        List<Val> seen = new ArrayList<>();
        ComponentLinker linker = ComponentLinker.create(engine).func("f",
                ComponentFuncType.of(List.of(new ComponentFuncType.Param("x", Type.ListType.of(Type.Primitive.STRING))),
                        Type.Primitive.U8),
                args -> {
                    seen.add(args.get(0));
                    return new Val.U8((byte) 7);
                });
        Val list = new Val.ListVal(List.of(new Val.Str("a"), new Val.Str("b")));
        assertEquals(new Val.U8((byte) 7), linker.instantiate(component).func("g").call(list));
        assertEquals(List.of(list), seen);
    }
}
