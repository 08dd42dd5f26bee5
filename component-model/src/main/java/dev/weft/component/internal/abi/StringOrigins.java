package dev.weft.component.internal.abi;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Remembers how the strings lifted during one component-to-component call were encoded in the
 * caller's memory, so that lowering them into the callee follows the spec's transcoding strategy
 * for that source encoding (which decides the sizes realloc is asked for). Keyed by the identity
 * of the lifted {@link String}. Strings without a recorded origin (from the host) are taken to be
 * in the destination's own encoding, so they are copied with one exactly-sized allocation.
 */
public final class StringOrigins {
    /** How a string was stored: its encoding and its length in that encoding's code units. */
    record Origin(Source encoding, long codeUnits) {}

    /** A concrete source encoding (compact UTF-16 strings are either Latin-1 or UTF-16). */
    enum Source { UTF8, UTF16, LATIN1 }

    /** The {@code string-encoding} option the source side declared, which also matters. */
    record Recorded(StringEncoding declared, Origin origin) {}

    private final Map<String, Recorded> origins = new IdentityHashMap<>();

    void record(String s, StringEncoding declared, Source source, long codeUnits) {
        origins.put(s, new Recorded(declared, new Origin(source, codeUnits)));
    }

    Recorded lookup(String s) { return origins.get(s); }
}
