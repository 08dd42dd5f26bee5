package dev.weft.component.wasi;

import dev.weft.component.Component;
import dev.weft.component.ComponentInstance;
import dev.weft.component.ComponentLinker;
import dev.weft.component.Resource;
import dev.weft.component.Val;
import dev.weft.engine.Engine;
import dev.weft.engine.wasi.WasiConfig;

import java.util.List;

/**
 * Calls WASI host functions from Java: a text component imports WASI interfaces (at the version it
 * names) and re-exports the imported functions, so tests reach the host through real import
 * matching without needing a guest program.
 */
final class HostApi {
    private static final Engine ENGINE = Engine.create();

    private HostApi() {}

    /** Instantiates {@code (component <body>)} against a WASI host configured by {@code config}. */
    static ComponentInstance instantiate(WasiConfig config, String body) {
        ComponentLinker linker = ComponentLinker.create(ENGINE);
        WasiP2.define(linker, config);
        return linker.instantiate(Component.fromText(ENGINE, "(component\n" + body + "\n)"));
    }

    /** A borrow of the resource an owned handle value holds. */
    static Val borrow(Val own) {
        Resource r = (Resource) ((Val.ResourceVal) own).handle();
        return new Val.ResourceVal(Resource.borrow(r.type(), r.rep()));
    }

    static Val u64(long v) { return new Val.U64(v); }

    static Val bytes(String s) {
        return new Val.ListVal(s.chars().mapToObj(c -> (Val) new Val.U8((byte) c)).toList());
    }

    /** The text of a {@code list<u8>} value. */
    static String text(Val list) {
        StringBuilder b = new StringBuilder();
        for (Val v : ((Val.ListVal) list).elements()) b.append((char) ((Val.U8) v).unsigned());
        return b.toString();
    }

    static Val ok(Val result) {
        Val.ResultVal r = (Val.ResultVal) result;
        if (!r.isOk()) throw new AssertionError("expected ok, got " + r);
        return r.payload();
    }

    static Val err(Val result) {
        Val.ResultVal r = (Val.ResultVal) result;
        if (r.isOk()) throw new AssertionError("expected err, got " + r);
        return r.payload();
    }

    static List<Val> elements(Val list) { return ((Val.ListVal) list).elements(); }
}
