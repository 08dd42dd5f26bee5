package dev.weft.engine.internal.validate;

import dev.weft.engine.internal.model.ValType;

import java.util.List;

/**
 * One entry of the validator's control stack: a function body, block, loop, if/else or try_table.
 * Read-only to listeners, and only meaningful during the callback that obtained it: the validator
 * reuses frame objects once their block has ended.
 */
public final class ControlFrame {
    public enum Kind { FUNCTION, BLOCK, LOOP, IF, ELSE, TRY_TABLE }

    Kind kind;
    List<ValType> params;
    List<ValType> results;
    int height;
    /** Size of the validator's local-initialization undo log when the frame was entered. */
    int initHeight;
    boolean unreachable;

    void init(Kind kind, List<ValType> params, List<ValType> results, int height, int initHeight) {
        this.kind = kind;
        this.params = params;
        this.results = results;
        this.height = height;
        this.initHeight = initHeight;
        this.unreachable = false;
    }

    public Kind kind() { return kind; }

    public List<ValType> params() { return params; }

    public List<ValType> results() { return results; }

    /** The types a branch to this frame's label carries: params for loops, results otherwise. */
    public List<ValType> labelTypes() { return kind == Kind.LOOP ? params : results; }

    /** Operand stack size at frame entry, below the frame's params. */
    public int height() { return height; }

    /** Whether the rest of this frame's current arm is unreachable. */
    public boolean unreachable() { return unreachable; }
}
