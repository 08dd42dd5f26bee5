package dev.weft.component.internal.binary;

import static dev.weft.component.internal.model.ComponentBytes.b;
import static dev.weft.component.internal.model.ComponentBytes.cat;
import static dev.weft.component.internal.model.ComponentBytes.name;
import static dev.weft.component.internal.model.ComponentBytes.u32;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SharedMemoriesTest {
    @Test
    void sharedImportedAndDefinedMemoriesAreFound() {
        byte[] imports = cat(b(1), name("m"), name("mem"), b(0x02, 0x03, 1, 2));
        byte[] memories = b(1, 0x00, 1);
        byte[] exports = cat(b(2), name("a"), b(0x02, 0), name("b"), b(0x02, 1));
        byte[] module = cat(b(0, 'a', 's', 'm', 1, 0, 0, 0),
                b(0x02), u32(imports.length), imports,
                b(0x05), u32(memories.length), memories,
                b(0x07), u32(exports.length), exports);
        SharedMemories shared = SharedMemories.of(module);
        assertEquals(Set.of("m\u0000mem"), shared.imports());
        assertEquals(Set.of("a"), shared.exports(), "memory 0 is the shared import, memory 1 is not shared");
        assertEquals(Set.of(), SharedMemories.of(b(0, 'a', 's', 'm', 1, 0, 0, 0, 0x02, 9)).imports(), "broken framing");
    }
}
