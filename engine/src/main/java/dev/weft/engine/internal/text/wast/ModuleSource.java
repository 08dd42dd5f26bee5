package dev.weft.engine.internal.text.wast;

import dev.weft.engine.internal.text.SExpr;
import dev.weft.engine.internal.text.SExprReader;
import dev.weft.engine.internal.text.Wat;
import java.util.List;

/**
 * A module as written in a script, kept unconverted so that conversion errors surface when the
 * command runs (as {@code assert_malformed} requires).
 */
public sealed interface ModuleSource {

    /** The module's binary encoding; throws {@link dev.weft.engine.MalformedModuleException} for bad text. */
    byte[] toBinary();

    /** A text module: its name (without '$', or null) and fields. */
    record Text(String name, List<SExpr> fields) implements ModuleSource {
        public byte[] toBinary() { return Wat.fieldsToBinary(name, fields); }
    }

    /** {@code (module binary "...")}: the concatenated bytes, possibly malformed. */
    record Binary(byte[] bytes) implements ModuleSource {
        public byte[] toBinary() { return bytes.clone(); }
    }

    /** {@code (module quote "...")}: the concatenated text, parsed only on conversion. */
    record Quote(byte[] text, int line, int column) implements ModuleSource {
        public byte[] toBinary() { return Wat.toBinary(SExprReader.utf8(text, line, column)); }
    }
}
