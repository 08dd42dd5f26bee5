package dev.weft.component.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.component.Component;
import dev.weft.component.ComponentInstance;
import dev.weft.component.ComponentLinker;
import dev.weft.engine.Engine;
import dev.weft.engine.TrapException;
import org.junit.jupiter.api.Test;

/** What the fuzz targets found, each reduced to the input that showed it and the Weft exception it now gets. */
class FuzzFindingsTest {
    private static final Engine ENGINE = Engine.create();

    private static ComponentInstance instantiate(String text) {
        return ComponentLinker.create(ENGINE).instantiate(Component.fromText(ENGINE, text));
    }

    /** Was an UnsupportedOperationException from the lifting code. */
    @Test
    void aSyncFunctionReturningAnErrorContextTraps() {
        try (ComponentInstance inst = instantiate("""
                (component
                  (core module $m (func (export "two") (result i32) (i32.const 2)))
                  (core instance $i (instantiate $m))
                  (func (export "f") (result error-context) (canon lift (core func $i "two"))))
                """)) {
            TrapException e = assertThrows(TrapException.class, () -> inst.func("f").call());
            assertEquals("error-context values are not supported yet (async Component Model)", e.reason());
        }
    }
}
