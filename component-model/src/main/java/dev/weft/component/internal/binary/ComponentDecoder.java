package dev.weft.component.internal.binary;

import dev.weft.component.internal.model.ComponentAst;
import dev.weft.component.internal.model.ComponentNames;
import dev.weft.component.internal.model.Definition;
import dev.weft.component.internal.model.SortIndex;
import dev.weft.engine.MalformedModuleException;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a component binary into a {@link ComponentAst}. Only the structure is checked here
 * (malformed input → {@link MalformedModuleException}); index bounds, types and names are the
 * validator's job. Embedded core modules are kept as raw bytes.
 */
public final class ComponentDecoder {
    private static final String[] SECTION_NAMES = {
        "custom section", "core module section", "core instance section", "core type section",
        "component section", "instance section", "alias section", "type section", "canon section",
        "start section", "import section", "export section", "value section"
    };

    private ComponentDecoder() {}

    /** What the 8-byte preamble says a binary is. */
    public enum Kind { CORE_MODULE, COMPONENT, UNKNOWN }

    /**
     * Tells core modules from components by the preamble's layer field, so callers can dispatch;
     * {@code UNKNOWN} when there is no wasm magic or the preamble is incomplete.
     */
    public static Kind kindOf(byte[] wasm) {
        if (wasm.length < 8 || wasm[0] != 0 || wasm[1] != 'a' || wasm[2] != 's' || wasm[3] != 'm') return Kind.UNKNOWN;
        int layer = (wasm[6] & 0xff) | (wasm[7] & 0xff) << 8;
        return layer == 0 ? Kind.CORE_MODULE : layer == ComponentAst.LAYER ? Kind.COMPONENT : Kind.UNKNOWN;
    }

    /** Decodes a whole component binary. */
    public static ComponentAst decode(byte[] wasm) {
        ByteReader r = new ByteReader(wasm, 0, wasm.length, "component preamble");
        return component(r);
    }

    private static ComponentAst component(ByteReader r) {
        r.enter(r.pos());
        preamble(r);
        List<Definition> defs = new ArrayList<>();
        ComponentNames names = ComponentNames.EMPTY;
        while (!r.atEnd()) {
            int idAt = r.pos();
            int id = r.u8();
            if (id >= SECTION_NAMES.length) {
                r.where = "component";
                throw r.malformed("malformed section id", idAt);
            }
            r.where = "component " + SECTION_NAMES[id];
            int size = r.index();
            ByteReader s = r.sub(size, "component " + SECTION_NAMES[id]);
            int start = s.pos();
            switch (id) {
                case 0 -> {
                    String name = s.name();
                    byte[] payload = s.bytes(s.end() - s.pos());
                    defs.add(new Definition.Custom(name, payload, start));
                    if (name.equals("component-name") && names == ComponentNames.EMPTY) {
                        names = NameSectionDecoder.decode(payload);
                    }
                }
                case 1 -> {
                    coreModulePreamble(s);
                    CoreSectionOrder.check(s);
                    defs.add(new Definition.CoreModule(s.bytes(size), start));
                    s.expectEnd();
                }
                case 4 -> defs.add(new Definition.Component(component(s), start));
                case 9 -> {
                    int f = s.index();
                    int n = s.count();
                    List<Integer> args = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) args.add(s.index());
                    defs.add(new Definition.Start(f, args, s.index(), start));
                }
                default -> {
                    int n = s.count();
                    for (int i = 0; i < n; i++) defs.add(item(id, s));
                }
            }
            s.expectEnd();
        }
        return ComponentAst.of(defs, names);
    }

    private static void preamble(ByteReader r) {
        int at = r.pos();
        if (r.end() - at < 4) throw r.malformed("unexpected end-of-file", at);
        byte[] b = r.array();
        if (b[at] != 0 || b[at + 1] != 'a' || b[at + 2] != 's' || b[at + 3] != 'm') {
            throw r.malformed("magic header not detected", at);
        }
        if (r.end() - at < 8) throw r.malformed("unexpected end-of-file", at + 4);
        r.bytes(4);
        int version = r.u8() | r.u8() << 8;
        int layer = r.u8() | r.u8() << 8;
        if (layer == 0) throw r.malformed("expected a version header for a component", at + 4);
        if (version != ComponentAst.VERSION || layer != ComponentAst.LAYER) {
            throw r.malformed("unknown binary version", at + 4);
        }
    }

    private static void coreModulePreamble(ByteReader s) {
        int at = s.pos();
        byte[] b = s.array();
        int n = s.end() - at;
        if (n >= 8 && b[at + 6] == 1 && b[at + 7] == 0) {
            throw s.malformed("expected a version header for a module", at + 4);
        }
        if (n < 4 || b[at] != 0 || b[at + 1] != 'a' || b[at + 2] != 's' || b[at + 3] != 'm') {
            throw s.malformed("magic header not detected", at);
        }
    }

    private static Definition item(int section, ByteReader s) {
        int at = s.pos();
        return switch (section) {
            case 2 -> coreInstance(s, at);
            case 3 -> new Definition.CoreTypeDef(CoreTypeDecoder.coreType(s), at);
            case 5 -> instance(s, at);
            case 6 -> new Definition.AliasDef(TypeDecoder.alias(s), at);
            case 7 -> new Definition.TypeDef(TypeDecoder.defType(s), at);
            case 8 -> new Definition.CanonDef(CanonDecoder.canon(s), at);
            case 10 -> new Definition.Import(TypeDecoder.externName(s), TypeDecoder.externDesc(s), at);
            case 11 -> {
                var name = TypeDecoder.externName(s);
                SortIndex target = SortReader.sortIndex(s);
                var ascribed = TypeDecoder.optional(s, "component export type") ? TypeDecoder.externDesc(s) : null;
                yield new Definition.Export(name, target, ascribed, at);
            }
            case 12 -> {
                var t = TypeDecoder.valType(s);
                int len = s.index();
                yield new Definition.Value(t, s.bytes(len), at);
            }
            default -> throw new IllegalStateException("section " + section);
        };
    }

    private static Definition coreInstance(ByteReader s, int at) {
        int b = s.u8();
        switch (b) {
            case 0x00 -> {
                int module = s.index();
                int n = s.count();
                List<Definition.CoreInstantiateArg> args = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    String name = s.name();
                    int kAt = s.pos();
                    int kind = s.u8();
                    if (kind != 0x12) throw s.badByte(kind, "instantiation arg kind", kAt);
                    args.add(new Definition.CoreInstantiateArg(name, s.index()));
                }
                return new Definition.CoreInstantiate(module, args, at);
            }
            case 0x01 -> {
                int n = s.count();
                List<Definition.CoreInlineExport> exports = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    exports.add(new Definition.CoreInlineExport(s.name(), SortReader.coreSortIndex(s)));
                }
                return new Definition.CoreInstanceFromExports(exports, at);
            }
            default -> throw s.badByte(b, "core instance", at);
        }
    }

    private static Definition instance(ByteReader s, int at) {
        int b = s.u8();
        switch (b) {
            case 0x00 -> {
                int component = s.index();
                int n = s.count();
                List<Definition.InstantiateArg> args = new ArrayList<>(n);
                for (int i = 0; i < n; i++) args.add(new Definition.InstantiateArg(s.name(), SortReader.sortIndex(s)));
                return new Definition.Instantiate(component, args, at);
            }
            case 0x01 -> {
                int n = s.count();
                List<Definition.InlineExport> exports = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    exports.add(new Definition.InlineExport(TypeDecoder.externName(s), SortReader.sortIndex(s)));
                }
                return new Definition.InstanceFromExports(exports, at);
            }
            default -> throw s.badByte(b, "instance", at);
        }
    }
}
