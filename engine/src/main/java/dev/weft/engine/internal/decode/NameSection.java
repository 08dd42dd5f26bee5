package dev.weft.engine.internal.decode;

import dev.weft.engine.MalformedModuleException;
import dev.weft.engine.internal.model.Names;
import java.util.HashMap;
import java.util.Map;

/**
 * Parses the {@code name} custom section (module, function and local names). The section is
 * advisory: if it is malformed in any way, it is ignored and no names are reported.
 */
final class NameSection {
    private NameSection() {}

    static Names parse(byte[] payload) {
        try {
            BinaryReader in = new BinaryReader(payload, 0, payload.length);
            String module = null;
            Map<Integer, String> functions = new HashMap<>();
            Map<Integer, Map<Integer, String>> locals = new HashMap<>();
            while (!in.atEnd()) {
                int id = in.u8();
                int size = in.length();
                int end = in.pos + size;
                switch (id) {
                    case 0 -> module = in.name();
                    case 1 -> nameMap(in, functions);
                    case 2 -> {
                        int n = in.length();
                        for (int i = 0; i < n; i++) {
                            int func = in.u32();
                            Map<Integer, String> map = new HashMap<>();
                            nameMap(in, map);
                            locals.put(func, map);
                        }
                    }
                    default -> in.pos = end;
                }
                if (in.pos != end) return Names.EMPTY;
            }
            return new Names(module, functions, locals);
        } catch (MalformedModuleException e) {
            return Names.EMPTY;
        }
    }

    private static void nameMap(BinaryReader in, Map<Integer, String> out) {
        int n = in.length();
        for (int i = 0; i < n; i++) {
            int index = in.u32();
            out.put(index, in.name());
        }
    }
}
