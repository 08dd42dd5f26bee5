package dev.weft.component.internal.validate;

import dev.weft.engine.ExternType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The exports of a core instance (a module's exports, or an inline bundle of core items). */
public record CoreInstanceSig(Map<String, ExternType> exports) {
    public CoreInstanceSig { exports = Collections.unmodifiableMap(new LinkedHashMap<>(exports)); }
}
