package dev.weft.component.internal.binary;

import dev.weft.component.internal.model.CoreExternType;
import dev.weft.engine.MalformedModuleException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which memories of a core module binary are shared: the engine's public memory type does not say,
 * and component validation must compare the flag when it matches core imports.
 *
 * @param imports the imported shared memories, as {@code module + "\0" + name}
 * @param exports the names under which shared memories are exported
 */
public record SharedMemories(Set<String> imports, Set<String> exports) {
    public SharedMemories {
        imports = Set.copyOf(imports);
        exports = Set.copyOf(exports);
    }

    /** Scans a module that the engine already accepted; a binary it cannot follow yields what was found. */
    public static SharedMemories of(byte[] module) {
        Set<String> imports = new HashSet<>();
        Set<String> exports = new HashSet<>();
        List<Boolean> memoryShared = new ArrayList<>();
        ByteReader r = new ByteReader(module, 8, module.length, "core module");
        try {
            while (!r.atEnd()) {
                int id = r.u8();
                ByteReader s = r.sub(r.index(), "core module section");
                switch (id) {
                    case 2 -> {
                        int n = s.index();
                        for (int i = 0; i < n; i++) {
                            String mod = s.name();
                            String name = s.name();
                            if (CoreTypeDecoder.externType(s) instanceof CoreExternType.Memory m) {
                                memoryShared.add(m.limits().shared());
                                if (m.limits().shared()) imports.add(mod + "\u0000" + name);
                            }
                        }
                    }
                    case 5 -> {
                        int n = s.index();
                        for (int i = 0; i < n; i++) memoryShared.add(CoreTypeDecoder.limits(s).shared());
                    }
                    case 7 -> {
                        int n = s.index();
                        for (int i = 0; i < n; i++) {
                            String name = s.name();
                            int kind = s.u8();
                            int index = s.index();
                            if (kind == 2 && index < memoryShared.size() && memoryShared.get(index)) exports.add(name);
                        }
                    }
                    default -> { }
                }
            }
        } catch (MalformedModuleException e) {
            // keep what was found: the engine decides about malformed modules
        }
        return new SharedMemories(imports, exports);
    }
}
