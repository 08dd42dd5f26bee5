package dev.weft.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.engine.Engine;
import dev.weft.engine.LinkException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An import that re-exports another import's resource ({@code (export "r" (type (eq $r)))}, as
 * wasi:sockets re-exports wasi:io's streams) must be given that very resource type, not one of its own.
 */
class ResourceIdentityLinkTest {
    private static final String COMPONENT = """
            (component $C
              (import "a" (instance $a (export "r" (type (sub resource)))))
              (alias export $a "r" (type $r))
              (import "b" (instance $b
                (alias outer $C $r (type $r2))
                (export "r" (type (eq $r2)))
                (export "make" (func (result (own $r2))))))
            )""";

    private final Engine engine = Engine.create();
    private final Component component = Component.fromText(engine, COMPONENT);
    private final ResourceType shared = ResourceType.host("r");

    private ComponentLinker linker(ResourceType givenToB) {
        ComponentLinker linker = ComponentLinker.create(engine);
        linker.instance("a").resource("r", shared, null);
        linker.instance("b").resource("r", givenToB, null)
                .func("make", ComponentFuncType.of(List.of(), new Type.Own(givenToB)), args -> {
                    throw new AssertionError("not called");
                });
        return linker;
    }

    @Test
    void theSameResourceLinks() {
        linker(shared).instantiate(component).close();
    }

    @Test
    void aDifferentResourceIsAnIncompatibleImport() {
        LinkException e = assertThrows(LinkException.class,
                () -> linker(ResourceType.host("impostor")).instantiate(component));
        assertEquals("incompatible import type", e.reason());
        assertEquals("incompatible import type: b.r: resource impostor is given where the type must be resource r",
                e.getMessage());
    }
}
