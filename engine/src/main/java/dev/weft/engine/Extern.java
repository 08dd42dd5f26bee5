package dev.weft.engine;

/**
 * Something an instance exports or a module imports: a function, memory, table, global or tag.
 * <pre>{@code
 * switch (instance.export("x")) {
 *     case Func f -> f.call();
 *     case Memory m -> m.size();
 *     case Table t -> t.size();
 *     case Global g -> g.get();
 *     case Tag t -> t.type();
 * }
 * }</pre>
 */
public sealed interface Extern permits Func, Memory, Table, Global, Tag {
    /** The entity's type. */
    ExternType externType();
}
