package dev.weft.bindgen;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.wit.Wit;
import dev.weft.component.wit.WitWorld;
import org.junit.jupiter.api.Test;

/** What the generator does not support yet is reported as a BindgenException naming it. */
class UnsupportedTest {
    private static WitWorld world(String wit) { return Wit.parseString(wit, "test.wit").selectWorld(null); }

    @Test
    void anExportedResourceCrossingAnImportIsRejectedByName() {
        WitWorld w = world("""
                package t:r;
                interface api { resource file { size: func() -> u64; } record holder { f: file } }
                interface sink { use api.{holder}; take: func(h: holder); }
                world w { export api; import sink; }
                """);
        BindgenException e = assertThrows(BindgenException.class, () -> Bindgen.generate(w, "p"));
        assertTrue(e.getMessage().contains("resource `file`"), e.getMessage());
    }

    @Test
    void tuplesLongerThanSixAreRejected() {
        WitWorld w = world("""
                package t:m;
                world w { export f: func() -> tuple<u8, u8, u8, u8, u8, u8, u8>; }
                """);
        BindgenException e = assertThrows(BindgenException.class, () -> Bindgen.generate(w, "p"));
        assertTrue(e.getMessage().contains("tuples of 7 elements"), e.getMessage());
    }
}
