package dev.weft.engine.internal.decode;

import dev.weft.engine.MalformedModuleException;
import java.util.Arrays;

/**
 * Decodes a function body or constant expression instruction by instruction, tracking block
 * nesting to find its final {@code end}, so malformed instructions are reported at decode time.
 * Records whether any function body refers to a data segment (which requires a data count
 * section; in a constant expression such an instruction is a validation error instead).
 */
final class ExprScanner {
    private final CodeReader r;
    /** Per open block: true while it is an {@code if} that may still take an {@code else}. */
    private boolean[] openIf = new boolean[16];
    boolean usesDataIndex;

    ExprScanner(byte[] wasm) {
        this.r = new CodeReader(wasm, 0, wasm.length);
    }

    /**
     * Decodes from {@code start} to the {@code end} that closes the expression and returns the
     * offset just after it. Reads may run to the end of the module; the caller checks sizes.
     */
    int scan(int start, boolean functionBody) {
        CodeReader r = this.r;
        r.seek(start);
        int depth = 0;
        while (true) {
            int op = r.next();
            switch (op) {
                case Op.BLOCK, Op.LOOP, Op.TRY_TABLE, Op.IF -> {
                    if (depth == openIf.length) openIf = Arrays.copyOf(openIf, depth * 2);
                    openIf[depth++] = op == Op.IF;
                }
                case Op.ELSE -> {
                    // Only an if's first else is allowed; elsewhere the decoder wanted the block's end.
                    if (depth == 0 || !openIf[depth - 1]) {
                        throw new MalformedModuleException("END opcode expected", "", r.instrOffset());
                    }
                    openIf[depth - 1] = false;
                }
                case Op.END -> {
                    if (depth == 0) return r.position();
                    depth--;
                }
                case Op.MEMORY_INIT, Op.DATA_DROP, Op.ARRAY_NEW_DATA, Op.ARRAY_INIT_DATA -> {
                    if (functionBody) usesDataIndex = true;
                }
                default -> { }
            }
        }
    }
}
