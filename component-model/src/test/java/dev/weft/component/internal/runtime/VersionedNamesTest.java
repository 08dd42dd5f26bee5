package dev.weft.component.internal.runtime;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class VersionedNamesTest {

    private static Map<String, String> provided(String... names) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String n : names) m.put(n, n);
        return m;
    }

    @Test
    void exactNameWins() {
        assertEquals("a:b/c@1.2.3", VersionedNames.find(provided("a:b/c@1.9.0", "a:b/c@1.2.3"), "a:b/c@1.2.3"));
        assertEquals("plain", VersionedNames.find(provided("plain"), "plain"));
    }

    @Test
    void sameMajorTakesTheLargestVersion() {
        Map<String, String> p = provided("a:b/c@1.0.0", "a:b/c@1.4.2", "a:b/c@1.10.0", "a:b/c@2.0.0");
        assertEquals("a:b/c@1.10.0", VersionedNames.find(p, "a:b/c@1.2.0"));
        assertEquals("a:b/c@2.0.0", VersionedNames.find(p, "a:b/c@2.1.0"));
    }

    @Test
    void majorZeroIsCompatibleWithinTheMinor() {
        Map<String, String> p = provided("a:b/c@0.2.0", "a:b/c@0.2.7", "a:b/c@0.3.1");
        assertEquals("a:b/c@0.2.7", VersionedNames.find(p, "a:b/c@0.2.1"));
        assertEquals("a:b/c@0.3.1", VersionedNames.find(p, "a:b/c@0.3.0"));
        assertNull(VersionedNames.find(p, "a:b/c@0.4.0"));
    }

    @Test
    void zeroZeroAndPrereleasesNeedTheExactVersion() {
        assertNull(VersionedNames.find(provided("a:b/c@0.0.2"), "a:b/c@0.0.1"));
        assertNull(VersionedNames.find(provided("a:b/c@1.0.1"), "a:b/c@1.0.0-rc1"));
        assertNull(VersionedNames.find(provided("a:b/c@1.0.0-rc2"), "a:b/c@1.0.0"));
    }

    @Test
    void otherInterfacesAndUnversionedNamesDoNotMatch() {
        assertNull(VersionedNames.find(provided("a:b/d@1.0.0", "a:b/c"), "a:b/c@1.0.0"));
        assertNull(VersionedNames.find(provided("a:b/c@1.0.0"), "a:b/c"));
    }
}
