package dev.weft.component.wit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WitPrinterTest {
    private static final String SOURCE = """
            /// Demo package.
            package local:demo@1.0.0;

            interface types {
              /// A file.
              resource file {
                constructor(path: string) -> result<file, string>;
                read: func(n: u32) -> list<u8>;
                open: static func(path: string) -> file;
              }
              record %record { %type: option<u8>, size: tuple<u32, u64> }
              enum mode { read, write }
            }

            interface api {
              use types.{file, mode as m};
              @since(version = 1.0.0)
              copy: async func(src: borrow<file>, dst: borrow<file>, mode: m) -> result<_, string>;
            }

            world app {
              import api;
              export run: func(args: list<string>) -> result;
              export cb: interface { tick: func() -> future<u32>; }
            }
            """;

    @Test
    void printedTextResolvesToTheSameModel() {
        Resolve original = Wit.parseString(SOURCE, "demo.wit");
        String printed = WitPrinter.print(original);
        assertTrue(printed.startsWith("/// Demo package.\npackage local:demo@1.0.0;\n"), printed);
        assertTrue(printed.contains("use types.{mode as m};"), printed);
        assertTrue(printed.contains("record %record {"), printed);
        assertTrue(printed.contains("constructor(path: string) -> result<file, string>;"), printed);
        Resolve again = Wit.parseString(printed, "printed.wit");
        WitInterface api = again.mainPackage().interfaces().get("api");
        WitFunction copy = api.functions().get("copy");
        assertTrue(copy.isAsync());
        assertEquals("1.0.0", copy.stability().since());
        assertEquals(List.of("local:demo/types@1.0.0", "local:demo/api@1.0.0"),
                again.selectWorld("app").imports().keySet().stream().map(WorldKey::externalName).toList());
        assertEquals(printed, WitPrinter.print(again));
    }
}
