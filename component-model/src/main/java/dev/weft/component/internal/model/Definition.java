package dev.weft.component.internal.model;

import java.util.List;

/**
 * One item of a component's sections, in binary order. Every definition except custom sections and
 * start adds entries to index spaces (see {@link IndexSpaces}); {@code offset} is the byte offset
 * of the item in the outermost binary, for messages.
 */
public sealed interface Definition {

    int offset();

    /** An embedded core module: its complete binary (decoded by the engine via {@code Module.fromBinary}). */
    record CoreModule(byte[] bytes, int offset) implements Definition {}

    /** {@code (with "name" (instance i))} of a core instantiation. */
    record CoreInstantiateArg(String name, int instance) {}

    record CoreInlineExport(String name, SortIndex target) {}

    record CoreInstantiate(int module, List<CoreInstantiateArg> args, int offset) implements Definition {
        public CoreInstantiate { args = List.copyOf(args); }
    }

    record CoreInstanceFromExports(List<CoreInlineExport> exports, int offset) implements Definition {
        public CoreInstanceFromExports { exports = List.copyOf(exports); }
    }

    record CoreTypeDef(CoreType type, int offset) implements Definition {}

    /** A nested component definition. */
    record Component(ComponentAst component, int offset) implements Definition {}

    record InstantiateArg(String name, SortIndex target) {}

    record InlineExport(ExternName name, SortIndex target) {}

    record Instantiate(int component, List<InstantiateArg> args, int offset) implements Definition {
        public Instantiate { args = List.copyOf(args); }
    }

    record InstanceFromExports(List<InlineExport> exports, int offset) implements Definition {
        public InstanceFromExports { exports = List.copyOf(exports); }
    }

    record AliasDef(Alias alias, int offset) implements Definition {}

    record TypeDef(DefType type, int offset) implements Definition {}

    record CanonDef(Canon canon, int offset) implements Definition {}

    /** {@code (start f (value arg)* (result (value))^results)}. */
    record Start(int func, List<Integer> args, int results, int offset) implements Definition {
        public Start { args = List.copyOf(args); }
    }

    record Import(ExternName name, ExternDesc desc, int offset) implements Definition {}

    /** {@code (export "name" sortidx externtype?)}; {@code ascribed} is null when absent. */
    record Export(ExternName name, SortIndex target, ExternDesc ascribed, int offset) implements Definition {}

    /** {@code (value t v)}: the encoded value bytes of type {@code type}. */
    record Value(ValType type, byte[] bytes, int offset) implements Definition {}

    /** A custom section. */
    record Custom(String name, byte[] bytes, int offset) implements Definition {}
}
