package dev.weft.engine.internal.interp;

import dev.weft.engine.internal.decode.CodeReader;
import dev.weft.engine.internal.decode.Op;
import dev.weft.engine.internal.model.CompositeType;
import dev.weft.engine.internal.model.FunctionBody;
import dev.weft.engine.internal.model.GlobalType;
import dev.weft.engine.internal.model.MemoryType;
import dev.weft.engine.internal.model.ModuleInfo;
import dev.weft.engine.internal.model.ValType;
import dev.weft.engine.internal.runtime.ArrayObject;
import dev.weft.engine.internal.runtime.StructLayout;
import dev.weft.engine.internal.validate.ControlFrame;
import dev.weft.engine.internal.validate.FunctionListener;
import dev.weft.engine.internal.validate.FunctionValidator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates one function body into register-style interpreter code ({@link Ops}) while the
 * validator checks it. Every operand-stack value has a home slot (its stack height); the compiler
 * keeps a virtual stack recording where each value currently is, so {@code local.get} and
 * constants become operand references instead of copies, and a {@code local.set} right after the
 * instruction that computed its value redirects that instruction's destination. Values are moved
 * to their homes ("materialized") before anything that needs them there: control flow, calls and
 * the rare instructions run by {@link Ext}, which work on a stack pointer.
 *
 * <p>Slot operands are emitted tagged (locals as-is, constants and stack heights with a tag) and
 * resolved in {@link #finish}, when the sizes of the constant area and locals are known.
 */
final class FunctionCompiler implements FunctionListener {
    private static final int CONST_TAG = 1 << 28;
    private static final int STACK_TAG = 1 << 29;
    private static final int MAX_CONSTS = 128;

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
    private final int resultSlots;

    private int[] code = new int[256];
    private int len;
    /** Positions in {@link #code} holding tagged slot operands. */
    private int[] slotFix = new int[64];
    private int slotFixLen;
    private Ctrl[] ctrl = new Ctrl[16];
    private int depth;
    private int maxValues;
    private int[] handlers = new int[0];
    private int handlerLen;
    private final List<CastTarget> casts = new ArrayList<>();
    private final Map<Long, Integer> constIndex = new HashMap<>();
    private long[] consts = new long[8];
    private int constCount;

    // ---- virtual operand stack: per value, its home, where it is now, its size and kind ----
    private int[] vHeight = new int[32];
    private int[] vLoc = new int[32];
    private int[] vSlots = new int[32];
    private boolean[] vRef = new boolean[32];
    private int vn;
    private boolean resync;

    /** Position of the destination operand of the last instruction if it computed the top value, else -1. */
    private int lastDestPos = -1;
    /** The virtual-stack index of the value whose destination is at {@link #lastDestPos}. */
    private int lastDestK = -1;
    /** Header position of the last instruction if it is a plain numeric one computing the top value, else -1. */
    private int lastDestOp = -1;
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
        resultSlots = slots(type.results());
        Ctrl f = new Ctrl();
        f.kind = ControlFrame.Kind.FUNCTION;
        f.labelSlots = resultSlots;
        ctrl[depth++] = f;
    }

    CompiledFunction result() { return result; }

    // ------------------------------------------------------------------ emission

    private void ensure(int n) {
        if (len + n > code.length) code = Arrays.copyOf(code, Math.max(code.length * 2, len + n));
    }

    /** Emits an instruction header; bit i of {@code slotMask} marks operand i (x, y, z) as a slot. Returns its position. */
    private int emit(int op, int x, int y, int z, int slotMask) {
        ensure(Ops.WIDTH + 8);
        int at = len;
        code[len++] = op;
        put(x, (slotMask & 1) != 0);
        put(y, (slotMask & 2) != 0);
        put(z, (slotMask & 4) != 0);
        lastDestPos = -1;
        lastDestOp = -1;
        return at;
    }

    /** Appends an int; a slot operand is recorded for resolution in {@link #finish}. */
    private void put(int v, boolean slot) {
        ensure(1);
        if (slot && (v & (CONST_TAG | STACK_TAG)) != 0) {
            if (slotFixLen == slotFix.length) slotFix = Arrays.copyOf(slotFix, slotFixLen * 2);
            slotFix[slotFixLen++] = len;
        }
        code[len++] = v;
    }

    /** A branch target: no instruction emitted before it may be fused with one emitted after it. */
    private void label() {
        lastDestPos = -1;
        lastDestOp = -1;
    }

    private static void addFixup(Ctrl c, int pos) {
        if (c.fixupCount == c.fixups.length) c.fixups = Arrays.copyOf(c.fixups, c.fixupCount * 2);
        c.fixups[c.fixupCount++] = pos;
    }

    /** Makes the int at {@code pos} the target pc of a branch to {@code t}. */
    private void bind(Ctrl t, int pos) {
        if (t.kind == ControlFrame.Kind.LOOP) code[pos] = t.start;
        else addFixup(t, pos);
    }

    /**
     * Like {@link #bind}, for BR, BR_IF and BR_CMP: these do the interrupt/fuel check themselves on
     * backward jumps, so a branch to a loop skips the loop header's POLL.
     */
    private void bindChecked(Ctrl t, int pos) {
        if (t.kind == ControlFrame.Kind.LOOP) code[pos] = t.start + Ops.WIDTH;
        else addFixup(t, pos);
    }

    private static int slots(List<ValType> types) {
        int n = 0;
        for (ValType t : types) n += t.slots();
        return n;
    }

    private static int stack(int height) { return STACK_TAG | height; }

    // ------------------------------------------------------------------ virtual stack

    private int height() { return vn == 0 ? 0 : vHeight[vn - 1] + vSlots[vn - 1]; }

    private int home(int k) { return stack(vHeight[k]); }

    /** Pushes a value of the given size/kind located at {@code loc} (or at its home if loc < 0); returns its index. */
    private int push(int slots, boolean ref, int loc) {
        if (vn == vHeight.length) {
            int n = vn * 2;
            vHeight = Arrays.copyOf(vHeight, n);
            vLoc = Arrays.copyOf(vLoc, n);
            vSlots = Arrays.copyOf(vSlots, n);
            vRef = Arrays.copyOf(vRef, n);
        }
        int k = vn++;
        vHeight[k] = k == 0 ? 0 : vHeight[k - 1] + vSlots[k - 1];
        vSlots[k] = slots;
        vRef[k] = ref;
        vLoc[k] = loc < 0 ? home(k) : loc;
        return k;
    }

    private int push(ValType t, int loc) { return push(t.slots(), t.isRef(), loc); }

    /** Pushes a scalar number computed into its home; returns the home. */
    private int pushNumberHome() { return home(push(1, false, -1)); }

    private int pop() {
        if (vn - 1 == lastDestK) lastDestPos = -1;
        return --vn;
    }

    private void materialize(int k) {
        int h = home(k);
        if (vLoc[k] == h) return;
        int op = vRef[k] ? Ops.MOV_REF : vSlots[k] == 2 ? Ops.MOV_V128 : Ops.MOV;
        emit(op, vLoc[k], h, 0, 3);
        vLoc[k] = h;
    }

    private void materializeAll() {
        for (int k = 0; k < vn; k++) materialize(k);
    }

    /** Materializes every value other than {@code except} that still refers to local slot {@code slot}; returns whether any did. */
    private boolean materializeLocal(int slot, int except) {
        boolean any = false;
        for (int k = 0; k < vn; k++) {
            if (k != except && vLoc[k] == slot) {
                materialize(k);
                any = true;
            }
        }
        return any;
    }

    /** Rebuilds the virtual stack from the validator's, every value at its home. */
    private void resync(FunctionValidator v) {
        vn = 0;
        int n = v.stackSize();
        for (int i = n - 1; i >= 0; i--) push(v.stackType(i), -1);
    }

    /**
     * The (tagged) slot of a constant in the constant area, shared by equal constants, or -1 when
     * the area is full (it is copied into every frame, so it stays small).
     */
    private int constSlot(long value) {
        Integer c = constIndex.get(value);
        if (c == null) {
            if (constCount == MAX_CONSTS) return -1;
            if (constCount == consts.length) consts = Arrays.copyOf(consts, constCount * 2);
            consts[constCount] = value;
            c = constCount++;
            constIndex.put(value, c);
        }
        return CONST_TAG | c;
    }

    /** Pushes a constant: a constant-area slot, or (area full) a value written into its home. */
    private void pushConst(long value, boolean ref) {
        int slot = constSlot(value);
        if (slot >= 0) {
            push(1, ref, slot);
            return;
        }
        int k = push(1, ref, -1);
        if (ref) {
            emit(Ops.EXT, stack(vHeight[k]), 0xD0, 0, 1);
        } else {
            emit(Ops.CONST, home(k), (int) value, (int) (value >>> 32), 1);
            lastDestPos = len - 3;
            lastDestK = k;
        }
    }

    // ------------------------------------------------------------------ listener

    @Override
    public void before(CodeReader r, FunctionValidator v) {
        int op = r.opcode;
        // Blocks opened in dead code are typed as reachable by the validator but never run.
        if (v.isUnreachable() || ctrl[depth - 1].dead) {
            beforeDead(op);
            resync = true;
            return;
        }
        switch (op) {
            case 0x00 -> {
                emit(Ops.UNREACHABLE, 0, 0, 0, 0);
                resync = true;
            }
            case 0x01 -> { }
            case 0x02, 0x03, 0x04, 0x1F -> openBlock(r, op);
            case 0x05 -> {
                materializeAll();
                Ctrl c = ctrl[depth - 1];
                int at = emit(Ops.BR, 0, 0, 0, 0);
                bind(c, at + 1);
                code[c.elseFix] = len;
                c.elseFix = -1;
                label();
                resync = true;
            }
            case 0x0B -> {
                materializeAll();
                closeBlock();
                resync = true;
            }
            case 0x0C -> {
                materializeAll();
                branch(r.a, height());
                resync = true;
            }
            case 0x0D -> brIf(r.a);
            case 0x0E -> brTable(r);
            case 0x0F -> {
                materializeAll();
                emit(Ops.RETURN, stack(height() - resultSlots), 0, 0, 1);
                resync = true;
            }
            case 0x10, 0x12 -> call(op == 0x10 ? Ops.CALL : Ops.RETURN_CALL, r.a, paramSlotsOf(module.funcType(r.a)), -1, 0);
            case 0x11, 0x13 -> call(op == 0x11 ? Ops.CALL_INDIRECT : Ops.RETURN_CALL_INDIRECT, r.a,
                    paramSlotsOf(module.types().get(r.a).func()), r.b, 1);
            case 0x14, 0x15 -> call(op == 0x14 ? Ops.CALL_REF : Ops.RETURN_CALL_REF, 0,
                    paramSlotsOf(module.types().get(r.a).func()), -1, 1);
            case 0x08 -> {
                materializeAll();
                emit(Ops.THROW, r.a, stack(height()), 0, 2);
                resync = true;
            }
            case 0x0A -> {
                materializeAll();
                emit(Ops.THROW_REF, vLoc[vn - 1], 0, 0, 1);
                resync = true;
            }
            case 0x1A -> pop();
            case 0x1B, 0x1C -> select();
            case 0x20 -> {
                ValType t = v.localType(r.a);
                push(t, localSlot[r.a]);
            }
            case 0x21 -> localSet(r.a, false);
            case 0x22 -> localSet(r.a, true);
            case 0x23 -> {
                ValType t = globalTypes.get(r.a).type();
                int k = push(t, -1);
                int o = t.isRef() ? Ops.GLOBAL_GET_REF : t.kind() == ValType.Kind.V128 ? Ops.GLOBAL_GET_V128 : Ops.GLOBAL_GET;
                int at = emit(o, r.a, home(k), 0, 2);
                if (o == Ops.GLOBAL_GET) {
                    lastDestPos = at + 2;
                    lastDestK = k;
                }
            }
            case 0x24 -> {
                ValType t = globalTypes.get(r.a).type();
                int k = pop();
                int o = t.isRef() ? Ops.GLOBAL_SET_REF : t.kind() == ValType.Kind.V128 ? Ops.GLOBAL_SET_V128 : Ops.GLOBAL_SET;
                emit(o, r.a, vLoc[k], 0, 2);
            }
            case 0x41, 0x43 -> pushConst((int) r.constant, false);
            case 0x42, 0x44 -> pushConst(r.constant, false);
            case 0xD0 -> pushConst(0, true); // constant slots hold null references
            case 0xD1 -> {
                int a = vLoc[pop()];
                int d = pushNumberHome();
                emit(Ops.REF_IS_NULL, a, d, 0, 3);
            }
            case 0xD2 -> {
                int k = push(1, true, -1);
                emit(Ops.REF_FUNC, r.a, home(k), 0, 2);
            }
            case 0xD5, 0xD6 -> brOn(op == 0xD5 ? Ops.BR_ON_NULL : Ops.BR_ON_NON_NULL, r.a, -1);
            case 0xFB_0018, 0xFB_0019 -> brOn(op == 0xFB_0018 ? Ops.BR_ON_CAST : Ops.BR_ON_CAST_FAIL, r.a,
                    cast(r.refType2, v));
            case 0xFB_001A, 0xFB_001B -> { } // any.convert_extern, extern.convert_any: the same Java object
            case 0xFB_0002, 0xFB_0005 -> {
                if (!structAccess(r, op == 0xFB_0005)) generic(r, op, v);
            }
            case 0xFB_000B, 0xFB_000E -> {
                if (!arrayAccess(r, op == 0xFB_000E)) generic(r, op, v);
            }
            case 0xFB_000F -> {
                int ref = vLoc[pop()];
                emit(Ops.ARRAY_LEN, ref, pushNumberHome(), 0, 3);
            }
            case 0xBC, 0xBD, 0xBE, 0xBF -> { } // reinterpretations: same bits, same slot
            default -> {
                if (op >= 0x28 && op <= 0x3E && fastMemory(r)) memoryAccess(r, op);
                else if ((op >= 0x45 && op <= 0xC4) || (op >= 0xFC_0000 && op <= 0xFC_0007)) numeric(op);
                else generic(r, op, v);
            }
        }
    }

    @Override
    public void after(CodeReader r, FunctionValidator v) {
        if (v.stackSize() > maxValues) maxValues = v.stackSize();
        if (resync) {
            resync(v);
            resync = false;
        } else if (vn != v.stackSize()) {
            throw new WeftBug("compiler lost track of the operand stack at " + Op.name(r.opcode));
        }
    }

    @Override
    public void finish(FunctionValidator v) {
        int stackBase = localSlots + constCount;
        for (int i = 0; i < slotFixLen; i++) {
            int p = slotFix[i];
            int enc = code[p];
            code[p] = (enc & STACK_TAG) != 0 ? stackBase + (enc & ~STACK_TAG) : localSlots + (enc & ~CONST_TAG);
        }
        for (int i = 0; i < handlerLen; i += CompiledFunction.HANDLER_SIZE) handlers[i + 5] += stackBase;
        // v128 values take two slots: size the operand area for the worst case.
        int frame = stackBase + 2 * maxValues + 4;
        result = new CompiledFunction(funcIndex, Arrays.copyOf(code, len), Arrays.copyOf(consts, constCount),
                paramSlots, localSlots, frame, Arrays.copyOf(handlers, handlerLen), casts.toArray(new CastTarget[0]));
    }

    // ------------------------------------------------------------------ control

    private void beforeDead(int op) {
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

    private Ctrl push(ControlFrame.Kind kind, boolean dead) {
        if (depth == ctrl.length) ctrl = Arrays.copyOf(ctrl, depth * 2);
        Ctrl c = new Ctrl();
        c.kind = kind;
        c.dead = dead;
        ctrl[depth++] = c;
        return c;
    }

    private void openBlock(CodeReader r, int op) {
        int params = 0;
        int results = 0;
        if (r.blockType == CodeReader.BLOCK_VALTYPE) {
            results = r.blockValType.slots();
        } else if (r.blockType >= 0) {
            CompositeType.Func f = module.types().get(r.blockType).func();
            params = slots(f.params());
            results = slots(f.results());
        }
        int fusedTarget = op == 0x04 ? fuseCompare(Ops.BR_CMP_NOT) : -1;
        materializeAll();
        int cond = op == 0x04 && fusedTarget < 0 ? vLoc[pop()] : 0;
        int base = height() - params;
        resync = true;
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
            c.labelSlots = results;
            c.catches = catches;
            c.tryStart = len;
            label();
            return;
        }
        int elseFix = -1;
        if (op == 0x04) elseFix = fusedTarget >= 0 ? fusedTarget : emit(Ops.BR_UNLESS, cond, 0, 0, 1) + 2;
        Ctrl c = push(op == 0x02 ? ControlFrame.Kind.BLOCK : op == 0x03 ? ControlFrame.Kind.LOOP : ControlFrame.Kind.IF,
                false);
        c.base = base;
        c.elseFix = elseFix;
        if (op == 0x03) {
            c.labelSlots = params;
            c.start = len;
            label();
            emit(Ops.POLL, 0, 0, 0, 0);
        } else {
            c.labelSlots = results;
        }
    }

    private void closeBlock() {
        Ctrl c = ctrl[depth - 1];
        if (c.kind == ControlFrame.Kind.TRY_TABLE) addHandlers(c);
        int end = len;
        if (c.kind == ControlFrame.Kind.FUNCTION) emit(Ops.RETURN, stack(0), 0, 0, 1);
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
            handlers[at + 5] = t.base;
            handlerLen += CompiledFunction.HANDLER_SIZE;
        }
    }

    /** Unconditional branch to label {@code d} with the operand stack at height {@code h} (all values at home). */
    private void branch(int d, int h) {
        Ctrl t = ctrl[depth - 1 - d];
        int keep = t.labelSlots;
        int src = h - keep;
        if (t.kind == ControlFrame.Kind.FUNCTION) {
            emit(Ops.RETURN, stack(src), 0, 0, 1);
        } else if (src == t.base) {
            bindChecked(t, emit(Ops.BR, 0, 0, 0, 0) + 1);
        } else {
            int at = emit(Ops.BR_KEEP, 0, stack(src), stack(t.base), 6);
            put(keep, false);
            bind(t, at + 1);
        }
    }

    private void brIf(int d) {
        Ctrl t = ctrl[depth - 1 - d];
        if (t.labelSlots == 0 && height() - vSlots[vn - 1] == t.base) {
            int target = fuseCompare(Ops.BR_CMP);
            if (target >= 0) {
                bindChecked(t, target);
                resync = true;
                return;
            }
        }
        materializeAll();
        int cond = vLoc[pop()];
        int h = height();
        int keep = t.labelSlots;
        int src = h - keep;
        if (src == t.base) {
            bindChecked(t, emit(Ops.BR_IF, cond, 0, 0, 1) + 2);
        } else {
            int at = emit(Ops.BR_IF_KEEP, cond, 0, stack(src), 5);
            put(stack(t.base), true);
            put(keep, false);
            bind(t, at + 2);
        }
        resync = true;
    }

    /**
     * If the top value is an integer comparison just computed by the last instruction and nothing
     * else awaits materialization, turns that instruction into a compare-and-branch ({@code op}:
     * {@link Ops#BR_CMP} or {@link Ops#BR_CMP_NOT}), pops the condition and returns the position of
     * the branch target to bind; otherwise returns -1 and changes nothing.
     */
    private int fuseCompare(int op) {
        int k = vn - 1;
        if (k < 0 || lastDestPos < 0 || lastDestK != k || lastDestOp < 0 || vLoc[k] != home(k)) return -1;
        int cmp = code[lastDestOp];
        boolean unary = cmp == 0x45 || cmp == 0x50;
        if (!unary && !(cmp >= 0x46 && cmp <= 0x4F) && !(cmp >= 0x51 && cmp <= 0x5A)) return -1;
        for (int j = 0; j < k; j++) if (vLoc[j] != home(j)) return -1;
        int p = lastDestOp;
        if (unary) setSlot(p + 2, code[p + 1]);
        removeSlotFix(p + 3);
        code[p] = op;
        code[p + 3] = 0;
        put(cmp, false);
        pop();
        lastDestPos = -1;
        return p + 3;
    }

    /** Rewrites the slot operand at {@code pos}. */
    private void setSlot(int pos, int enc) {
        removeSlotFix(pos);
        if ((enc & (CONST_TAG | STACK_TAG)) != 0) {
            if (slotFixLen == slotFix.length) slotFix = Arrays.copyOf(slotFix, slotFixLen * 2);
            slotFix[slotFixLen++] = pos;
        }
        code[pos] = enc;
    }

    private void brTable(CodeReader r) {
        materializeAll();
        int index = vLoc[pop()];
        int h = height();
        emit(Ops.BR_TABLE, index, r.brCount, 0, 1);
        for (int i = 0; i <= r.brCount; i++) {
            Ctrl t = ctrl[depth - 1 - (i < r.brCount ? r.brTargets[i] : r.a)];
            int keep = t.labelSlots;
            int at = len;
            put(0, false);
            put(stack(h - keep), true);
            put(stack(t.base), true);
            put(keep, false);
            bind(t, at);
        }
        resync = true;
    }

    /** br_on_null / br_on_non_null / br_on_cast(_fail): the reference is the top value. */
    private void brOn(int op, int d, int castIndex) {
        materializeAll();
        int ref = vLoc[vn - 1];
        int h = height();
        // br_on_null drops the (null) reference when branching; the others branch with it.
        int hb = op == Ops.BR_ON_NULL ? h - 1 : h;
        Ctrl t = ctrl[depth - 1 - d];
        int keep = t.labelSlots;
        int at = emit(op, ref, 0, stack(hb - keep), 5);
        put(stack(t.base), true);
        put(keep, false);
        if (castIndex >= 0) put(castIndex, false);
        bind(t, at + 2);
        resync = true;
    }

    private static int paramSlotsOf(CompositeType.Func f) { return slots(f.params()); }

    /**
     * Calls: {@code extraTop} values (table index or function reference) sit above the arguments.
     * For call_indirect, {@code table} is the table index; otherwise -1.
     */
    private void call(int op, int a, int params, int table, int extraTop) {
        materializeAll();
        int h = height();
        int base = stack(h - extraTop - params);
        switch (op) {
            case Ops.CALL, Ops.RETURN_CALL -> emit(op, a, base, 0, 2);
            case Ops.CALL_REF, Ops.RETURN_CALL_REF -> emit(op, vLoc[vn - 1], base, 0, 3);
            default -> {
                emit(op, a, table, vLoc[vn - 1], 4);
                put(base, true);
            }
        }
        resync = true;
    }

    // ------------------------------------------------------------------ values

    private void select() {
        int c = vLoc[pop()];
        int b = pop();
        int a = pop();
        int bl = vLoc[b];
        int al = vLoc[a];
        boolean ref = vRef[a];
        int slotsA = vSlots[a];
        int k = push(slotsA, ref, -1);
        int op = ref ? Ops.SELECT_REF : slotsA == 2 ? Ops.SELECT_V128 : Ops.SELECT;
        emit(op, al, bl, c, 7);
        int at = len;
        put(home(k), true);
        if (op == Ops.SELECT) {
            lastDestPos = at;
            lastDestK = k;
        }
    }

    /** local.set / local.tee: redirects the producer of the value into the local when possible. */
    private void localSet(int index, boolean tee) {
        int slot = localSlot[index];
        int k = vn - 1;
        boolean others = false;
        for (int i = 0; i < vn; i++) {
            if (i != k && vLoc[i] == slot) others = true;
        }
        if (vLoc[k] != slot) {
            if (!others && lastDestPos >= 0 && lastDestK == k && vLoc[k] == home(k)) {
                // Fold: the instruction that computed the value writes the local directly.
                code[lastDestPos] = slot;
                removeSlotFix(lastDestPos);
            } else {
                materializeLocal(slot, k);
                int op = vRef[k] ? Ops.MOV_REF : vSlots[k] == 2 ? Ops.MOV_V128 : Ops.MOV;
                emit(op, vLoc[k], slot, 0, 3);
            }
        }
        lastDestPos = -1;
        if (tee) vLoc[k] = slot;
        else pop();
    }

    /** The destination operand at {@code pos} no longer needs resolving (it now names a local). */
    private void removeSlotFix(int pos) {
        for (int i = slotFixLen - 1; i >= 0; i--) {
            if (slotFix[i] == pos) {
                slotFix[i] = slotFix[--slotFixLen];
                return;
            }
        }
    }

    private boolean fastMemory(CodeReader r) {
        return r.memIndex == 0 && !memoryTypes.get(0).limits().is64()
                && r.memOffset >= 0 && r.memOffset <= Integer.MAX_VALUE;
    }

    private void memoryAccess(CodeReader r, int op) {
        int off = (int) r.memOffset;
        if (op >= 0x36) {
            int val = vLoc[pop()];
            int sum = addressSum(vn - 1);
            if (sum >= 0) {
                pop();
                code[sum] = op + Ops.ADDRESS_SUM;
                code[sum + 3] = off;
                removeSlotFix(sum + 3);
                put(val, true);
                return;
            }
            int addr = vLoc[pop()];
            emit(op, addr, val, off, 3);
        } else {
            int sum = addressSum(vn - 1);
            if (sum >= 0) {
                // The i32.add's destination (the address's home) becomes the load's destination.
                int d = code[sum + 3];
                removeSlotFix(sum + 3);
                code[sum] = op + Ops.ADDRESS_SUM;
                code[sum + 3] = off;
                put(d, true);
                lastDestPos = len - 1;
                lastDestK = vn - 1;
                return;
            }
            int addr = vLoc[pop()];
            int d = pushNumberHome();
            int at = emit(op, addr, d, off, 3);
            lastDestPos = at + 2;
            lastDestK = vn - 1;
        }
    }

    /**
     * If value {@code k} (a memory address) was just computed by an i32.add that is the last
     * instruction emitted, returns that instruction's position so the access can absorb it; else -1.
     */
    private int addressSum(int k) {
        if (k < 0 || lastDestPos < 0 || lastDestOp < 0 || lastDestK != k || vLoc[k] != home(k)) return -1;
        return code[lastDestOp] == 0x6A ? lastDestOp : -1;
    }

    private final Map<Integer, StructLayout> layouts = new HashMap<>();

    /** struct.get / struct.set of a number or reference field without a stack pointer; false if packed or v128. */
    private boolean structAccess(CodeReader r, boolean set) {
        StructLayout layout = layouts.computeIfAbsent(r.a,
                t -> new StructLayout((CompositeType.Struct) module.types().get(t).composite()));
        ValType st = layout.storage[r.b];
        if (st.isPacked() || st.kind() == ValType.Kind.V128) return false;
        int slot = layout.slot[r.b];
        if (set) {
            int val = vLoc[pop()];
            int ref = vLoc[pop()];
            emit(st.isRef() ? Ops.STRUCT_SET_REF : Ops.STRUCT_SET, ref, val, slot, 3);
        } else {
            int ref = vLoc[pop()];
            int k = push(st, -1);
            int at = emit(st.isRef() ? Ops.STRUCT_GET_REF : Ops.STRUCT_GET, ref, home(k), slot, 3);
            if (!st.isRef()) {
                lastDestPos = at + 2;
                lastDestK = k;
            }
        }
        return true;
    }

    /** array.get / array.set for int[], long[] and Object[] storage; false for other element types. */
    private boolean arrayAccess(CodeReader r, boolean set) {
        CompositeType.Array at = (CompositeType.Array) module.types().get(r.a).composite();
        ValType et = at.element().storage();
        int kind = ArrayObject.kindOf(et);
        int op = switch (kind) {
            case ArrayObject.K_I32 -> set ? Ops.ARRAY_SET_I32 : Ops.ARRAY_GET_I32;
            case ArrayObject.K_I64 -> set ? Ops.ARRAY_SET_I64 : Ops.ARRAY_GET_I64;
            case ArrayObject.K_REF -> set ? Ops.ARRAY_SET_REF : Ops.ARRAY_GET_REF;
            default -> -1;
        };
        if (op < 0) return false;
        if (set) {
            int val = vLoc[pop()];
            int index = vLoc[pop()];
            int ref = vLoc[pop()];
            emit(op, ref, index, val, 7);
        } else {
            int index = vLoc[pop()];
            int ref = vLoc[pop()];
            int k = push(et, -1);
            int pos = emit(op, ref, index, home(k), 7);
            if (!et.isRef()) {
                lastDestPos = pos + 3;
                lastDestK = k;
            }
        }
        return true;
    }

    private static boolean isUnary(int op) {
        return op == 0x45 || op == 0x50 || (op >= 0x67 && op <= 0x69) || (op >= 0x79 && op <= 0x7B)
                || (op >= 0x8B && op <= 0x91) || (op >= 0x99 && op <= 0x9F) || op >= 0xA7; // incl. trunc_sat
    }

    private void numeric(int op) {
        if (isUnary(op)) {
            int a = vLoc[pop()];
            int d = pushNumberHome();
            int at = emit(op, a, d, 0, 3);
            lastDestPos = at + 2;
            lastDestK = vn - 1;
            lastDestOp = at;
        } else {
            int b = vLoc[pop()];
            int a = vLoc[pop()];
            int d = pushNumberHome();
            int at = emit(op, a, b, d, 7);
            lastDestPos = at + 3;
            lastDestK = vn - 1;
            lastDestOp = at;
        }
    }

    /** Everything else runs in {@link Ext} on a stack pointer: operands must be at their homes. */
    private void generic(CodeReader r, int op, FunctionValidator v) {
        materializeAll();
        int top = stack(height());
        int[] imms = immediates(r, op, v);
        emit(Ops.EXT, top, op, imms.length, 1);
        for (int imm : imms) put(imm, false);
        resync = true;
    }

    private int[] immediates(CodeReader r, int op, FunctionValidator v) {
        int prefix = op >>> 16;
        if (prefix == 0xFD) {
            return switch (Op.immediates(op)) {
                case MEMARG -> new int[] {r.memIndex, (int) r.memOffset, (int) (r.memOffset >>> 32), 0};
                case MEMARG_LANE -> new int[] {r.memIndex, (int) r.memOffset, (int) (r.memOffset >>> 32), r.a};
                case LANE -> new int[] {r.a};
                case V128, SHUFFLE -> new int[] {(int) r.v128Lo, (int) (r.v128Lo >>> 32), (int) r.v128Hi,
                        (int) (r.v128Hi >>> 32)};
                default -> new int[0];
            };
        }
        if (prefix == 0xFB) {
            int sub = op & 0xFF;
            return switch (sub) {
                case 0x00, 0x01, 0x06, 0x07, 0x0B, 0x0C, 0x0D, 0x0E, 0x10 -> new int[] {r.a};
                case 0x02, 0x03, 0x04, 0x05, 0x08, 0x09, 0x0A, 0x11, 0x12, 0x13 -> new int[] {r.a, r.b};
                case 0x14, 0x15, 0x16, 0x17 -> new int[] {cast(r.refType1, v)};
                default -> new int[0];
            };
        }
        if (prefix == 0xFC) return new int[] {r.a, r.b};
        if (op >= 0x28 && op <= 0x3E) return new int[] {r.memIndex, (int) r.memOffset, (int) (r.memOffset >>> 32)};
        return switch (op) {
            case 0x25, 0x26, 0x3F, 0x40 -> new int[] {r.a};
            default -> new int[0];
        };
    }

    private int cast(ValType t, FunctionValidator v) {
        casts.add(new CastTarget(t.nullable(), t.heap(), t.heap() >= 0 ? v.types().canonical(t.heap()) : null));
        return casts.size() - 1;
    }
}
