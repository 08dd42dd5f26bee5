package dev.weft.engine.internal.text.wast;

import dev.weft.engine.internal.text.SExpr;
import dev.weft.engine.internal.text.SExprReader;
import dev.weft.engine.internal.text.Wat;
import java.util.List;

/**
 * A core module or a component as written in a script, kept unconverted so that conversion
 * errors surface when the command runs (as {@code assert_malformed} requires). {@link #kind()}
 * tells runners which of the two it is.
 */
public sealed interface ModuleSource {

    /** Whether the source is a core module ({@code (module ...)}) or a component ({@code (component ...)}). */
    enum Kind { MODULE, COMPONENT }

    Kind kind();

    /** The binary encoding (core or component); throws {@link dev.weft.engine.MalformedModuleException} for bad text. */
    byte[] toBinary();

    /** A text module or component: its name (without '$', or null) and fields. */
    record Text(String name, List<SExpr> fields, Kind kind) implements ModuleSource {
        public Text(String name, List<SExpr> fields) { this(name, fields, Kind.MODULE); }

        public byte[] toBinary() {
            return kind == Kind.MODULE ? Wat.fieldsToBinary(name, fields) : Wat.componentFieldsToBinary(name, fields);
        }
    }

    /** {@code (module binary "...")} or {@code (component binary "...")}: the concatenated bytes, possibly malformed. */
    record Binary(byte[] bytes, Kind kind) implements ModuleSource {
        public Binary(byte[] bytes) { this(bytes, Kind.MODULE); }

        public byte[] toBinary() { return bytes.clone(); }
    }

    /** {@code (module quote "...")} or {@code (component quote "...")}: the concatenated text, parsed only on conversion. */
    record Quote(byte[] text, int line, int column, Kind kind) implements ModuleSource {
        public Quote(byte[] text, int line, int column) { this(text, line, column, Kind.MODULE); }

        public byte[] toBinary() {
            String src = SExprReader.utf8(text, line, column);
            return kind == Kind.MODULE ? Wat.toBinary(src) : Wat.componentQuoteToBinary(src);
        }
    }
}
