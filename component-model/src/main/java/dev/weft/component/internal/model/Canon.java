package dev.weft.component.internal.model;

import java.util.List;

/**
 * A canonical definition. {@link Lift} defines a component func; every other form defines a core func.
 * Built-ins beyond lift/lower/resource.* are grouped by the shape of their immediates.
 */
public sealed interface Canon {

    /** {@code (canon lift f opts (type t))}: core func {@code coreFunc} as component func of type {@code typeIndex}. */
    record Lift(int coreFunc, List<CanonOption> options, int typeIndex) implements Canon {
        public Lift { options = List.copyOf(options); }
    }

    /** {@code (canon lower f opts)}: component func {@code func} as a core func. */
    record Lower(int func, List<CanonOption> options) implements Canon {
        public Lower { options = List.copyOf(options); }
    }

    record ResourceNew(int typeIndex) implements Canon {}

    record ResourceDrop(int typeIndex) implements Canon {}

    record ResourceRep(int typeIndex) implements Canon {}

    /** A built-in with no immediates. */
    record Simple(BuiltinKind kind) implements Canon {}

    /**
     * A built-in with one boolean immediate: {@code async} (subtask.cancel), {@code cancellable}
     * (thread.yield/suspend…) or {@code shared} (thread.available-parallelism).
     */
    record Flagged(BuiltinKind kind, boolean flag) implements Canon {}

    /**
     * A stream/future built-in on type {@code typeIndex}; {@code options} for read/write (else empty),
     * {@code async} for cancel-read/cancel-write (else false).
     */
    record Typed(BuiltinKind kind, int typeIndex, List<CanonOption> options, boolean async) implements Canon {
        public Typed { options = List.copyOf(options); }
    }

    /** {@code task.return}; {@code result} is null for no result. */
    record TaskReturn(ValType result, List<CanonOption> options) implements Canon {
        public TaskReturn { options = List.copyOf(options); }
    }

    /** {@code context.get}/{@code context.set} of slot {@code slot} with core type {@code type}. */
    record Context(BuiltinKind kind, CoreValType type, int slot) implements Canon {}

    /** error-context.new / debug-message. */
    record WithOptions(BuiltinKind kind, List<CanonOption> options) implements Canon {
        public WithOptions { options = List.copyOf(options); }
    }

    /** waitable-set.wait / poll. */
    record WaitableSet(BuiltinKind kind, boolean cancellable, int memory) implements Canon {}

    /**
     * thread.new-indirect / spawn-ref / spawn-indirect: function core type and (when used) table;
     * {@code table} is -1 for spawn-ref.
     */
    record Thread(BuiltinKind kind, boolean shared, int coreTypeIndex, int table) implements Canon {}

    /** The sort of the index this definition adds. */
    default Sort sort() { return this instanceof Lift ? Sort.FUNC : Sort.CORE_FUNC; }
}
