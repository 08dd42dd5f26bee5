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
    void importedResourcesUsedByExportsAreRejectedByName() {
        WitWorld w = world("""
                package t:r;
                interface host { resource file { read: func() -> list<u8>; } open: func() -> file; }
                world w { import host; use host.{file}; export size: func(f: borrow<file>) -> u64; }
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
