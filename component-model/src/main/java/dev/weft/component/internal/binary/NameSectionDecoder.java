package dev.weft.component.internal.binary;

import dev.weft.component.internal.model.ComponentNames;
import dev.weft.component.internal.model.Sort;
import dev.weft.engine.MalformedModuleException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the {@code component-name} custom section. Its validity is not required, so decoding stops
 * quietly at the first problem and keeps what it had.
 */
final class NameSectionDecoder {
    private NameSectionDecoder() {}

    static ComponentNames decode(byte[] payload) {
        String componentName = null;
        Map<Sort, Map<Integer, String>> sorts = new EnumMap<>(Sort.class);
        ByteReader r = new ByteReader(payload, 0, payload.length, "component-name section");
        try {
            while (!r.atEnd()) {
                int id = r.u8();
                ByteReader sub = r.sub(r.index(), "component-name subsection");
                if (id == 0) {
                    componentName = sub.name();
                } else if (id == 1) {
                    Sort sort = SortReader.sort(sub);
                    Map<Integer, String> names = sorts.computeIfAbsent(sort, k -> new HashMap<>());
                    int n = sub.count();
                    for (int i = 0; i < n; i++) names.put(sub.index(), sub.name());
                }
            }
        } catch (MalformedModuleException e) {
            // keep the names read so far: an invalid name section must not reject the component
        }
        return new ComponentNames(componentName, sorts);
    }
}
