package dev.weft.engine.internal.interp;

import dev.weft.engine.internal.decode.CodeReader;
import dev.weft.engine.internal.decode.Op;
import dev.weft.engine.internal.model.CompositeType;
import dev.weft.engine.internal.model.FunctionBody;
import dev.weft.engine.internal.model.GlobalType;
import dev.weft.engine.internal.model.MemoryType;
import dev.weft.engine.internal.model.ModuleInfo;
import dev.weft.engine.internal.model.ValType;
import dev.weft.engine.internal.validate.ControlFrame;
import dev.weft.engine.internal.validate.FunctionListener;
import dev.weft.engine.internal.validate.FunctionValidator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Translates one function body into interpreter code ({@link Ops}) while the validator checks it,
 * using the validator's operand types to pick typed instruction variants and to compute stack
 * heights in slots. Branch targets are resolved to code indices; code after an unconditional
 * branch is not emitted.
 */
final class FunctionCompiler implements FunctionListener {

    /** One open block as the compiler sees it (mirrors the validator's control stack). */
    private static final class Ctrl {
        ControlFrame.Kind kind;
        /** Dead: opened in unreachable code, emits nothing. */
        boolean dead;
        /** Operand-stack height in slots below the block's parameters. */
        int base;
        /** Slots carried by a branch to this label. */
        int labelSlots;
        /** Loop: the branch target. */
        int start;
        /** If: position of the BR_UNLESS target to patch at else/end, or -1. */
        int elseFix = -1;
        /** Code positions (>= 0) or handler-table positions (-1 - index) waiting for the end pc. */
        int[] fixups = new int[4];
        int fixupCount;
        /** try_table: code start and its catch clauses (kind, tag, target ctrl index). */
        int tryStart;
        int[] catches;
    }

    private final ModuleInfo module;
    private final int funcIndex;
    private final List<GlobalType> globalTypes;
    private final List<MemoryType> memoryTypes;
    private final int[] localSlot;
    private final int paramSlots;
    private final int localSlots;

    private int[] code = new int[256];
    private int len;
    private Ctrl[] ctrl = new Ctrl[16];
    private int depth;
    private int maxValues;
    private int[] handlers = new int[0];
    private int handlerLen;
    private final List<CastTarget> casts = new ArrayList<>();
    /** Start positions of the last three instructions emitted (for peephole fusion) and of the last label. */
    private int prev1 = -1, prev2 = -1, prev3 = -1;
    private int lastLabel;
    private CompiledFunction result;

    FunctionCompiler(ModuleInfo module, int funcIndex, FunctionBody body, List<GlobalType> globalTypes,
                     List<MemoryType> memoryTypes) {
        this.module = module;
        this.funcIndex = funcIndex;
        this.globalTypes = globalTypes;
        this.memoryTypes = memoryTypes;
        CompositeType.Func type = module.funcType(funcIndex);
        int n = type.params().size() + body.localTypes().length;
        localSlot = new int[n];
        int slot = 0;
        int i = 0;
        for (ValType t : type.params()) {
            localSlot[i++] = slot;
            slot += t.slots();
        }
        paramSlots = slot;
        for (ValType t : body.localTypes()) {
            localSlot[i++] = slot;
            slot += t.slots();
        }
        localSlots = slot;
        Ctrl f = new Ctrl();
        f.kind = ControlFrame.Kind.FUNCTION;
        for (ValType t : type.results()) f.labelSlots += t.slots();
        ctrl[depth++] = f;
    }

    CompiledFunction result() { return result; }

    // ------------------------------------------------------------------ emission helpers

    private void ensure(int n) {
        if (len + n > code.length) code = Arrays.copyOf(code, Math.max(code.length * 2, len + n));
    }

    /** Starts a new instruction. */
    private void op(int op) {
        ensure(8);
        prev3 = prev2;
        prev2 = prev1;
        prev1 = len;
        code[len++] = op;
    }

    private void imm(int v) {
        ensure(1);
        code[len++] = v;
    }

    private void label() {
        lastLabel = len;
        prev1 = prev2 = prev3 = -1;
    }

    private void ext(int wasmOp, int... imms) {
        op(Ops.EXT);
        imm(wasmOp);
        imm(imms.length);
        for (int v : imms) imm(v);
    }

    private static void addFixup(Ctrl c, int pos) {
        if (c.fixupCount == c.fixups.length) c.fixups = Arrays.copyOf(c.fixups, c.fixupCount * 2);
        c.fixups[c.fixupCount++] = pos;
    }

    /** Slots taken by the bottom {@code count} operands. */
    private static int slotsBelow(FunctionValidator v, int count) {
        int size = v.stackSize();
        int n = 0;
        for (int i = size - 1; i >= size - count; i--) n += v.stackType(i).slots();
        return n;
    }

    private static int slots(List<ValType> types) {
        int n = 0;
        for (ValType t : types) n += t.slots();
        return n;
    }

    /** Current operand-stack height in slots. */
    private static int height(FunctionValidator v) { return slotsBelow(v, v.stackSize()); }

    /**
     * Emits a branch instruction ({@code plain} when no values move, else {@code keeping}) to label
     * {@code d}, given the stack height in slots at the moment the branch is taken. Extra immediates
     * (e.g. a cast index) follow target, drop, keep.
     */
    private void branch(int plain, int keeping, int d, int heightAtBranch, boolean alwaysTriple, int... extra) {
        Ctrl t = ctrl[depth - 1 - d];
        int drop = t.kind == ControlFrame.Kind.FUNCTION ? 0 : heightAtBranch - t.labelSlots - t.base;
        if (drop == 0 && !alwaysTriple) {
            op(plain);
        } else {
            op(keeping);
        }
        target(t);
        if (drop != 0 || alwaysTriple) {
            imm(drop);
            imm(t.labelSlots);
        }
        for (int e : extra) imm(e);
    }

    /** Emits the target pc of a branch to {@code t}, patched later for forward labels. */
    private void target(Ctrl t) {
        if (t.kind == ControlFrame.Kind.LOOP) {
            imm(t.start);
        } else {
            addFixup(t, len);
            imm(-1);
        }
    }

    private BlockSig blockSig(CodeReader r) {
        if (r.blockType == CodeReader.BLOCK_EMPTY) return new BlockSig(0, 0);
        if (r.blockType == CodeReader.BLOCK_VALTYPE) return new BlockSig(0, r.blockValType.slots());
        CompositeType.Func f = module.types().get(r.blockType).func();
        return new BlockSig(slots(f.params()), slots(f.results()));
    }

    private record BlockSig(int params, int results) {}

    private Ctrl push(ControlFrame.Kind kind, boolean dead) {
        if (depth == ctrl.length) ctrl = Arrays.copyOf(ctrl, depth * 2);
        Ctrl c = new Ctrl();
        c.kind = kind;
        c.dead = dead;
        ctrl[depth++] = c;
        return c;
    }

    // ------------------------------------------------------------------ listener

    @Override
    public void before(CodeReader r, FunctionValidator v) {
        int op = r.opcode;
        // Blocks opened in dead code are typed as reachable by the validator but never run.
        if (v.isUnreachable() || ctrl[depth - 1].dead) {
            beforeDead(r, op);
            return;
        }
        switch (op) {
            case 0x00 -> op(Ops.UNREACHABLE);
            case 0x01 -> { }
            case 0x02, 0x03, 0x04, 0x1F -> openBlock(r, v, op);
            case 0x05 -> {
                Ctrl c = ctrl[depth - 1];
                op(Ops.BR);
                target(c);
                code[c.elseFix] = len;
                c.elseFix = -1;
                label();
            }
            case 0x0B -> closeBlock();
            case 0x0C -> branch(Ops.BR, Ops.BR_KEEP, r.a, height(v), false);
            case 0x0D -> branch(Ops.BR_IF, Ops.BR_IF_KEEP, r.a, height(v) - 1, false);
            case 0x0E -> brTable(r, v);
            case 0x0F -> op(Ops.RETURN);
            case 0x10 -> { op(Ops.CALL); imm(r.a); }
            case 0x11 -> { op(Ops.CALL_INDIRECT); imm(r.a); imm(r.b); }
            case 0x12 -> { op(Ops.RETURN_CALL); imm(r.a); }
            case 0x13 -> { op(Ops.RETURN_CALL_INDIRECT); imm(r.a); imm(r.b); }
            case 0x14 -> op(Ops.CALL_REF);
            case 0x15 -> op(Ops.RETURN_CALL_REF);
            case 0x08 -> { op(Ops.THROW); imm(r.a); }
            case 0x0A -> op(Ops.THROW_REF);
            case 0x1A -> {
                ValType t = v.stackType(0);
                op(t.isRef() ? Ops.DROP_REF : t.kind() == ValType.Kind.V128 ? Ops.DROP_V128 : Ops.DROP);
            }
            case 0x1B, 0x1C -> {
                ValType t = v.stackType(1);
                op(t.isRef() ? Ops.SELECT_REF : t.kind() == ValType.Kind.V128 ? Ops.SELECT_V128 : Ops.SELECT);
            }
            case 0x20 -> local(v.localType(r.a), Ops.LOCAL_GET, Ops.LOCAL_GET_REF, Ops.LOCAL_GET_V128, r.a);
            case 0x21 -> localSet(v.localType(r.a), r.a);
            case 0x22 -> local(v.localType(r.a), Ops.LOCAL_TEE, Ops.LOCAL_TEE_REF, Ops.LOCAL_TEE_V128, r.a);
            case 0x23 -> global(Ops.GLOBAL_GET, Ops.GLOBAL_GET_REF, Ops.GLOBAL_GET_V128, r.a);
            case 0x24 -> global(Ops.GLOBAL_SET, Ops.GLOBAL_SET_REF, Ops.GLOBAL_SET_V128, r.a);
            case 0x25, 0x26 -> ext(op, r.a);
            case 0x3F, 0x40 -> ext(op, r.a);
            case 0x41 -> { op(Ops.I32_CONST); imm((int) r.constant); }
            case 0x43 -> { op(Ops.I32_CONST); imm((int) r.constant); }
            case 0x42, 0x44 -> { op(Ops.I64_CONST); imm((int) r.constant); imm((int) (r.constant >>> 32)); }
            case 0x6A -> i32Add();
            case 0xD0 -> op(Ops.REF_NULL);
            case 0xD1 -> op(Ops.REF_IS_NULL);
            case 0xD2 -> { op(Ops.REF_FUNC); imm(r.a); }
            case 0xD3, 0xD4 -> ext(op);
            case 0xD5 -> branch(Ops.BR_ON_NULL, Ops.BR_ON_NULL, r.a, height(v) - 1, true);
            case 0xD6 -> branch(Ops.BR_ON_NON_NULL, Ops.BR_ON_NON_NULL, r.a, height(v), true);
            default -> {
                if (op >= 0x28 && op <= 0x3E) memoryAccess(r, op);
                else if (op >= 0x45 && op <= 0xC4) op(op);
                else if (op >>> 16 == 0xFB) gc(r, v, op);
                else if (op >>> 16 == 0xFC) ext(op, r.a, r.b);
                else if (op >>> 16 == 0xFD) simd(r, op);
                else throw new IllegalStateException("compiler: unhandled opcode " + Op.name(op));
            }
        }
    }

    @Override
    public void after(CodeReader r, FunctionValidator v) {
        if (v.stackSize() > maxValues) maxValues = v.stackSize();
    }

    @Override
    public void finish(FunctionValidator v) {
        // v128 values take two slots: size the operand area for the worst case.
        int frame = localSlots + 2 * maxValues + 4;
        result = new CompiledFunction(funcIndex, Arrays.copyOf(code, len), paramSlots, localSlots, frame,
                Arrays.copyOf(handlers, handlerLen), casts.toArray(new CastTarget[0]));
    }

    private void beforeDead(CodeReader r, int op) {
        switch (op) {
            case 0x02, 0x03, 0x04, 0x1F -> push(ControlFrame.Kind.BLOCK, true);
            case 0x05 -> {
                Ctrl c = ctrl[depth - 1];
                if (!c.dead && c.elseFix >= 0) {
                    code[c.elseFix] = len;
                    c.elseFix = -1;
                    label();
                }
            }
            case 0x0B -> {
                if (ctrl[depth - 1].dead) depth--;
                else closeBlock();
            }
            default -> { }
        }
    }

    private void openBlock(CodeReader r, FunctionValidator v, int op) {
        BlockSig sig = blockSig(r);
        int h = height(v) - (op == 0x04 ? 1 : 0);
        int base = h - sig.params;
        if (op == 0x1F) {
            // Catch labels are relative to the try_table's enclosing block.
            int[] catches = new int[r.catchCount * 3];
            for (int i = 0; i < r.catchCount; i++) {
                catches[3 * i] = r.catchKinds[i];
                catches[3 * i + 1] = r.catchTags[i];
                catches[3 * i + 2] = depth - 1 - r.catchLabels[i];
            }
            Ctrl c = push(ControlFrame.Kind.TRY_TABLE, false);
            c.base = base;
            c.labelSlots = sig.results;
            c.catches = catches;
            c.tryStart = len;
            label();
            return;
        }
        if (op == 0x04) {
            op(Ops.BR_UNLESS);
            imm(-1);
        }
        Ctrl c = push(op == 0x02 ? ControlFrame.Kind.BLOCK : op == 0x03 ? ControlFrame.Kind.LOOP : ControlFrame.Kind.IF,
                false);
        c.base = base;
        if (op == 0x04) c.elseFix = len - 1;
        if (op == 0x03) {
            c.labelSlots = sig.params;
            c.start = len;
            label();
            op(Ops.POLL);
        } else {
            c.labelSlots = sig.results;
        }
    }

    private void closeBlock() {
        Ctrl c = ctrl[depth - 1];
        if (c.kind == ControlFrame.Kind.TRY_TABLE) addHandlers(c);
        if (c.kind == ControlFrame.Kind.FUNCTION) op(Ops.RETURN);
        int end = c.kind == ControlFrame.Kind.FUNCTION ? len - 1 : len;
        if (c.elseFix >= 0) code[c.elseFix] = end;
        for (int i = 0; i < c.fixupCount; i++) {
            int f = c.fixups[i];
            if (f >= 0) code[f] = end;
            else handlers[-1 - f] = end;
        }
        depth--;
        label();
    }

    private void addHandlers(Ctrl c) {
        int n = c.catches.length / 3;
        for (int i = 0; i < n; i++) {
            if (handlerLen + CompiledFunction.HANDLER_SIZE > handlers.length) {
                handlers = Arrays.copyOf(handlers, Math.max(16, handlers.length * 2));
            }
            int kind = c.catches[3 * i];
            Ctrl t = ctrl[c.catches[3 * i + 2]];
            int at = handlerLen;
            handlers[at] = c.tryStart;
            handlers[at + 1] = len;
            handlers[at + 2] = kind < 2 ? c.catches[3 * i + 1] : -1;
            handlers[at + 3] = kind;
            if (t.kind == ControlFrame.Kind.LOOP) handlers[at + 4] = t.start;
            else addFixup(t, -1 - (at + 4));
            handlers[at + 5] = t.kind == ControlFrame.Kind.FUNCTION ? 0 : t.base;
            handlerLen += CompiledFunction.HANDLER_SIZE;
        }
    }

    private void brTable(CodeReader r, FunctionValidator v) {
        int h = height(v) - 1;
        op(Ops.BR_TABLE);
        imm(r.brCount);
        for (int i = 0; i <= r.brCount; i++) {
            int d = i < r.brCount ? r.brTargets[i] : r.a;
            Ctrl t = ctrl[depth - 1 - d];
            target(t);
            imm(t.kind == ControlFrame.Kind.FUNCTION ? 0 : h - t.labelSlots - t.base);
            imm(t.labelSlots);
        }
    }

    private void local(ValType t, int num, int ref, int vec, int index) {
        op(t.isRef() ? ref : t.kind() == ValType.Kind.V128 ? vec : num);
        imm(localSlot[index]);
    }

    private void localSet(ValType t, int index) {
        if (!t.isRef() && t.kind() != ValType.Kind.V128 && prev1 >= 0 && lastLabel <= prev1) {
            if (code[prev1] == Ops.LOCAL_GET) {
                int from = code[prev1 + 1];
                len = prev1;
                prev1 = prev2;
                prev2 = prev3;
                op(Ops.LOCAL_COPY);
                imm(from);
                imm(localSlot[index]);
                return;
            }
            if (code[prev1] == Ops.I32_CONST) {
                int c = code[prev1 + 1];
                len = prev1;
                prev1 = prev2;
                prev2 = prev3;
                op(Ops.LOCAL_SET_C);
                imm(c);
                imm(localSlot[index]);
                return;
            }
        }
        local(t, Ops.LOCAL_SET, Ops.LOCAL_SET_REF, Ops.LOCAL_SET_V128, index);
    }

    /** i32.add, fused with the operand pushes before it when no label lies in between. */
    private void i32Add() {
        if (prev2 >= 0 && lastLabel <= prev2 && code[prev1] == Ops.LOCAL_GET) {
            if (code[prev2] == Ops.LOCAL_GET) {
                fuse2(Ops.I32_ADD_LL, code[prev2 + 1], code[prev1 + 1]);
                return;
            }
        }
        if (prev2 >= 0 && lastLabel <= prev2 && code[prev1] == Ops.I32_CONST && code[prev2] == Ops.LOCAL_GET) {
            fuse2(Ops.I32_ADD_LC, code[prev2 + 1], code[prev1 + 1]);
            return;
        }
        if (prev1 >= 0 && lastLabel <= prev1 && code[prev1] == Ops.I32_CONST) {
            int c = code[prev1 + 1];
            len = prev1;
            prev1 = prev2;
            prev2 = prev3;
            op(Ops.I32_ADD_C);
            imm(c);
            return;
        }
        op(0x6A);
    }

    /** Replaces the last two instructions by {@code op a b}. */
    private void fuse2(int op, int a, int b) {
        len = prev2;
        prev1 = prev3;
        prev2 = -1;
        prev3 = -1;
        op(op);
        imm(a);
        imm(b);
    }

    private void global(int num, int ref, int vec, int index) {
        ValType t = globalTypes.get(index).type();
        op(t.isRef() ? ref : t.kind() == ValType.Kind.V128 ? vec : num);
        imm(index);
    }

    private void memoryAccess(CodeReader r, int op) {
        boolean fast = r.memIndex == 0 && !memoryTypes.get(0).limits().is64()
                && r.memOffset >= 0 && r.memOffset <= Integer.MAX_VALUE;
        if (fast) {
            op(op);
            imm((int) r.memOffset);
        } else {
            ext(op, r.memIndex, (int) r.memOffset, (int) (r.memOffset >>> 32));
        }
    }

    private void simd(CodeReader r, int op) {
        switch (Op.immediates(op)) {
            case MEMARG -> ext(op, r.memIndex, (int) r.memOffset, (int) (r.memOffset >>> 32), 0);
            case MEMARG_LANE -> ext(op, r.memIndex, (int) r.memOffset, (int) (r.memOffset >>> 32), r.a);
            case LANE -> ext(op, r.a);
            case V128, SHUFFLE -> ext(op, (int) r.v128Lo, (int) (r.v128Lo >>> 32), (int) r.v128Hi,
                    (int) (r.v128Hi >>> 32));
            default -> ext(op);
        }
    }

    private void gc(CodeReader r, FunctionValidator v, int op) {
        int sub = op & 0xFF;
        switch (sub) {
            case 0x00, 0x01, 0x06, 0x07, 0x0B, 0x0C, 0x0D, 0x0E, 0x10 -> ext(op, r.a);
            case 0x02, 0x03, 0x04, 0x05, 0x08, 0x09, 0x0A, 0x11, 0x12, 0x13 -> ext(op, r.a, r.b);
            case 0x0F, 0x1C, 0x1D, 0x1E -> ext(op);
            case 0x14, 0x15, 0x16, 0x17 -> ext(op, cast(r.refType1, v));
            case 0x18, 0x19 -> branch(0, sub == 0x18 ? Ops.BR_ON_CAST : Ops.BR_ON_CAST_FAIL, r.a, height(v), true,
                    cast(r.refType2, v));
            default -> { } // any.convert_extern, extern.convert_any: the Java object stays the same
        }
    }

    private int cast(ValType t, FunctionValidator v) {
        casts.add(new CastTarget(t.nullable(), t.heap(), t.heap() >= 0 ? v.types().canonical(t.heap()) : null));
        return casts.size() - 1;
    }
}
