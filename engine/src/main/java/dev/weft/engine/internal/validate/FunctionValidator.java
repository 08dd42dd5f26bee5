package dev.weft.engine.internal.validate;

import dev.weft.engine.InvalidModuleException;
import dev.weft.engine.internal.decode.CodeReader;
import dev.weft.engine.internal.decode.Op;
import dev.weft.engine.internal.model.CompositeType;
import dev.weft.engine.internal.model.ConstExpr;
import dev.weft.engine.internal.model.FunctionBody;
import dev.weft.engine.internal.model.GlobalType;
import dev.weft.engine.internal.model.HeapType;
import dev.weft.engine.internal.model.MemoryType;
import dev.weft.engine.internal.model.ModuleInfo;
import dev.weft.engine.internal.model.TableType;
import dev.weft.engine.internal.model.ValType;

import java.util.Arrays;
import java.util.List;

/**
 * Type-checks one instruction sequence (a function body or a constant expression) with the spec's
 * algorithm: an operand stack of value types and a control stack of frames, where code after an
 * unconditional branch is typed stack-polymorphically (missing operands are the bottom type).
 *
 * <p>During {@link FunctionListener} callbacks the query methods describe the state before or after
 * the current instruction. One instance is reused for all functions of a module.
 */
public final class FunctionValidator {
    private static final List<ValType> NO_TYPES = List.of();
    private static final List<ValType> JUST_I32 = List.of(ValType.I32);
    private static final List<ValType> JUST_I64 = List.of(ValType.I64);
    private static final List<ValType> JUST_F32 = List.of(ValType.F32);
    private static final List<ValType> JUST_F64 = List.of(ValType.F64);
    private static final List<ValType> JUST_V128 = List.of(ValType.V128);
    private static final ValType BOT_REF = ValType.ref(false, TypeContext.BOT_HEAP);
    private static final ValType EXN_NON_NULL = ValType.ref(false, HeapType.EXN);

    private final ModuleContext ctx;
    private final TypeContext types;

    private ValType[] locals = new ValType[8];
    private int localCount;
    private boolean[] localInit = new boolean[8];
    /** Locals that became initialized, in order, so frames can undo them at their end. */
    private int[] initLog = new int[8];
    private int initLogSize;

    private ValType[] stack = new ValType[32];
    /** {@code slotPrefix[i]}: interpreter slots taken by the bottom {@code i} operands. */
    private int[] slotPrefix = new int[33];
    private int sp;
    private int maxSlots;
    private ControlFrame[] ctrl = new ControlFrame[16];
    private int depth;

    // what is being validated, for messages and the constant-expression rules
    private CodeReader reader;
    private int offsetBase;
    private String subject;
    private boolean constMode;
    private int visibleGlobals;

    FunctionValidator(ModuleContext ctx) {
        this.ctx = ctx;
        this.types = ctx.types;
    }

    // =============================================================== queries for listeners

    public ModuleInfo module() { return ctx.module; }

    public TypeContext types() { return types; }

    /** Number of locals, parameters included. */
    public int localCount() { return localCount; }

    /** Type of local {@code i} (parameters first, then declared locals). */
    public ValType localType(int i) { return locals[i]; }

    /** Number of operand types on the stack (all frames). */
    public int stackSize() { return sp; }

    /**
     * Type of the operand {@code depthFromTop} below the top (0 = top). In unreachable code it may be
     * {@link ValType#BOT} or a reference with heap {@link TypeContext#BOT_HEAP}.
     */
    public ValType stackType(int depthFromTop) {
        return depthFromTop < sp ? stack[sp - 1 - depthFromTop] : ValType.BOT;
    }

    /** Interpreter slots (64-bit; v128 takes two) taken by all operands on the stack. */
    public int stackSlots() { return slotPrefix[sp]; }

    /**
     * Slots taken by the bottom {@code height} operands, e.g. {@code slotsBelow(frame(d).height())}
     * for a frame's base; {@code 0 <= height <= stackSize()}. Constant time.
     */
    public int slotsBelow(int height) { return slotPrefix[height]; }

    /** The most operand slots the body has used so far; in {@code finish}, its maximum. */
    public int maxStackSlots() { return maxSlots; }

    /** Number of open control frames, the function's own frame included. */
    public int controlDepth() { return depth; }

    /** The frame of label depth {@code d} (0 = innermost). */
    public ControlFrame frame(int d) { return ctrl[depth - 1 - d]; }

    /** Whether the current code is dead (after unreachable, br, return, throw... until end/else). */
    public boolean isUnreachable() { return depth > 0 && ctrl[depth - 1].unreachable; }

    // =============================================================== entry points

    void validateFunction(int funcIndex, FunctionBody body, FunctionListener listener) {
        CompositeType.Func type = ctx.module.funcType(funcIndex);
        subject = "function " + funcIndex;
        constMode = false;
        offsetBase = 0;
        List<ValType> params = type.params();
        ValType[] declared = body.localTypes();
        localCount = 0;
        initLogSize = 0;
        ensureLocals(params.size() + declared.length);
        for (ValType p : params) {
            locals[localCount] = p;
            localInit[localCount++] = true;
        }
        for (ValType t : declared) {
            checkValType(t);
            locals[localCount] = t;
            localInit[localCount++] = TypeContext.isDefaultable(t);
        }
        run(new CodeReader(body.module(), body.codeStart(), body.codeEnd()), type.results(), listener);
        if (listener != null) listener.finish(this);
    }

    /**
     * Validates a constant expression producing {@code expected}. Only globals below
     * {@code visibleGlobals} may be read, and only immutable ones.
     */
    void validateConst(ConstExpr expr, ValType expected, int visibleGlobals, String what) {
        subject = what;
        constMode = true;
        this.visibleGlobals = visibleGlobals;
        offsetBase = expr.offset();
        localCount = 0;
        initLogSize = 0;
        run(new CodeReader(expr.code(), 0, expr.code().length), List.of(expected), null);
    }

    private void ensureLocals(int n) {
        if (locals.length < n) {
            locals = new ValType[n];
            localInit = new boolean[n];
            initLog = new int[n];
        }
    }

    private void run(CodeReader r, List<ValType> results, FunctionListener listener) {
        reader = r;
        sp = 0;
        maxSlots = 0;
        depth = 0;
        pushFrame(ControlFrame.Kind.FUNCTION, NO_TYPES, results);
        while (depth > 0) {
            if (r.atEnd()) throw fail("unexpected end of function");
            int op = r.next();
            if (constMode) checkConstant(op);
            if (listener == null) {
                step(op);
                continue;
            }
            // The listener sees the instruction before it is checked, so on invalid code it may trip over
            // bad immediates or an empty stack. Invalid code must be reported as invalid: hold the
            // listener's failure until the typing rules have had their say, and rethrow it only if the
            // instruction turns out to be valid (then it is a bug in the listener).
            RuntimeException listenerFailure = null;
            try {
                listener.before(r, this);
            } catch (RuntimeException e) {
                listenerFailure = e;
            }
            step(op);
            if (listenerFailure != null) throw listenerFailure;
            listener.after(r, this);
        }
        if (!r.atEnd()) throw fail("operators remaining after end of function");
    }

    // =============================================================== errors

    InvalidModuleException fail(String reason) {
        int offset = offsetBase + (reader == null ? 0 : reader.instrOffset());
        return new InvalidModuleException(reason, subject + ", byte offset 0x" + Integer.toHexString(offset));
    }

    private InvalidModuleException mismatch(ValType expected, ValType actual) {
        return fail("type mismatch: instruction requires [" + name(expected) + "] but stack has "
                + (actual == null ? "[]" : "[" + name(actual) + "]"));
    }

    static String name(ValType t) {
        if (t.isRef() && t.heap() == TypeContext.BOT_HEAP) return t.nullable() ? "(ref null bot)" : "(ref bot)";
        if (t.isRef() && !t.isConcreteRef()) {
            String h = HeapType.toString(t.heap());
            return t.nullable() ? h + "ref" : "(ref " + h + ")";
        }
        return t.toString();
    }

    private static String names(List<ValType> ts) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < ts.size(); i++) sb.append(i == 0 ? "" : " ").append(name(ts.get(i)));
        return sb.append(']').toString();
    }

    // =============================================================== operand stack

    private void push(ValType t) {
        if (sp == stack.length) {
            stack = Arrays.copyOf(stack, sp * 2);
            slotPrefix = Arrays.copyOf(slotPrefix, sp * 2 + 1);
        }
        int slots = slotPrefix[sp] + t.slots();
        slotPrefix[sp + 1] = slots;
        if (slots > maxSlots) maxSlots = slots;
        stack[sp++] = t;
    }

    private void pushValues(List<ValType> ts) {
        for (int i = 0, n = ts.size(); i < n; i++) push(ts.get(i));
    }

    /** Pops any operand; BOT when the frame is unreachable and its part of the stack is empty. */
    private ValType pop() {
        ControlFrame f = ctrl[depth - 1];
        if (sp == f.height) {
            if (f.unreachable) return ValType.BOT;
            throw fail("type mismatch: instruction requires a value but stack is empty");
        }
        return stack[--sp];
    }

    private ValType pop(ValType expected) {
        ControlFrame f = ctrl[depth - 1];
        if (sp == f.height) {
            if (f.unreachable) return ValType.BOT;
            throw mismatch(expected, null);
        }
        ValType actual = stack[--sp];
        if (actual != expected && !types.isSubtype(actual, expected)) throw mismatch(expected, actual);
        return actual;
    }

    private void popValues(List<ValType> ts) {
        for (int i = ts.size() - 1; i >= 0; i--) pop(ts.get(i));
    }

    /** Pops a reference operand; BOT operands become the bottom reference type. */
    private ValType popRef() {
        ValType t = pop();
        if (t.kind() == ValType.Kind.BOT) return BOT_REF;
        if (!t.isRef()) throw fail("type mismatch: instruction requires reference type but stack has " + name(t));
        return t;
    }

    /** Type at {@code d} below the top within the current frame; BOT past its bottom if unreachable. */
    private ValType peek(int d) {
        ControlFrame f = ctrl[depth - 1];
        if (sp - 1 - d < f.height) {
            if (f.unreachable) return ValType.BOT;
            throw fail("type mismatch: instruction requires more operands than the stack has");
        }
        return stack[sp - 1 - d];
    }

    // =============================================================== control stack

    private void pushFrame(ControlFrame.Kind kind, List<ValType> params, List<ValType> results) {
        if (depth == ctrl.length) ctrl = Arrays.copyOf(ctrl, depth * 2);
        ControlFrame f = ctrl[depth];
        if (f == null) ctrl[depth] = f = new ControlFrame();
        f.init(kind, params, results, sp, initLogSize);
        depth++;
    }

    private void setUnreachable() {
        ControlFrame f = ctrl[depth - 1];
        sp = f.height;
        f.unreachable = true;
    }

    private ControlFrame label(int d) {
        if (d < 0 || d >= depth) throw fail("unknown label " + Integer.toUnsignedString(d));
        return ctrl[depth - 1 - d];
    }

    /** Checks that the frame's arm leaves exactly its results on the stack. */
    private void checkFrameEnd(ControlFrame f) {
        List<ValType> results = f.results;
        for (int i = results.size() - 1; i >= 0; i--) {
            ValType expected = results.get(i);
            if (sp == f.height) {
                if (f.unreachable) continue;
                throw fail("type mismatch: block requires " + names(results) + " but stack has fewer values");
            }
            ValType actual = stack[--sp];
            if (!types.isSubtype(actual, expected)) {
                throw fail("type mismatch: block requires " + names(results) + " but stack has " + name(actual));
            }
        }
        if (sp != f.height) {
            throw fail("type mismatch: block requires " + names(results) + " but stack has "
                    + (sp - f.height) + " more value(s)");
        }
    }

    /** Forgets local initializations made inside the frame. */
    private void resetLocals(ControlFrame f) {
        while (initLogSize > f.initHeight) localInit[initLog[--initLogSize]] = false;
    }

    private void initLocal(int i) {
        if (!localInit[i]) {
            localInit[i] = true;
            initLog[initLogSize++] = i;
        }
    }

    // =============================================================== lookups

    void checkValType(ValType t) {
        if (t.isConcreteRef() && t.heap() >= types.size()) throw fail("unknown type " + t.heap());
    }

    private CompositeType type(int x) {
        if (x < 0 || x >= types.size()) throw fail("unknown type " + Integer.toUnsignedString(x));
        return types.composite(x);
    }

    private CompositeType.Func funcTypeAt(int x) {
        if (type(x) instanceof CompositeType.Func f) return f;
        throw fail("type mismatch: non-function type " + x);
    }

    private CompositeType.Struct structType(int x) {
        if (type(x) instanceof CompositeType.Struct s) return s;
        throw fail("type mismatch: non-structure type " + x);
    }

    private CompositeType.FieldType arrayField(int x) {
        if (type(x) instanceof CompositeType.Array a) return a.element();
        throw fail("type mismatch: non-array type " + x);
    }

    private CompositeType.Func func(int f) {
        if (f < 0 || f >= ctx.funcTypes.length) throw fail("unknown function " + Integer.toUnsignedString(f));
        return types.subType(ctx.funcTypes[f]).func();
    }

    TableType table(int t) {
        if (t < 0 || t >= ctx.tables.length) throw fail("unknown table " + Integer.toUnsignedString(t));
        return ctx.tables[t];
    }

    MemoryType memory(int m) {
        if (m < 0 || m >= ctx.memories.length) throw fail("unknown memory " + Integer.toUnsignedString(m));
        return ctx.memories[m];
    }

    private GlobalType global(int g) {
        int limit = constMode ? visibleGlobals : ctx.globals.length;
        if (g < 0 || g >= limit) throw fail("unknown global " + Integer.toUnsignedString(g));
        return ctx.globals[g];
    }

    private CompositeType.Func tag(int t) {
        if (t < 0 || t >= ctx.tagTypes.length) throw fail("unknown tag " + Integer.toUnsignedString(t));
        return types.subType(ctx.tagTypes[t]).func();
    }

    private ValType elem(int e) {
        if (e < 0 || e >= ctx.elemTypes.length) throw fail("unknown elem segment " + Integer.toUnsignedString(e));
        return ctx.elemTypes[e];
    }

    private void data(int d) {
        if (d < 0 || d >= ctx.dataCount) throw fail("unknown data segment " + Integer.toUnsignedString(d));
    }

    private int local(int i) {
        if (i < 0 || i >= localCount) throw fail("unknown local " + Integer.toUnsignedString(i));
        return i;
    }

    static ValType addr(TableType t) { return t.limits().is64() ? ValType.I64 : ValType.I32; }

    static ValType addr(MemoryType m) { return m.limits().is64() ? ValType.I64 : ValType.I32; }

    private List<ValType> blockParams(CodeReader r) {
        return r.blockType >= 0 ? funcTypeAt(r.blockType).params() : NO_TYPES;
    }

    private List<ValType> blockResults(CodeReader r) {
        if (r.blockType == CodeReader.BLOCK_EMPTY) return NO_TYPES;
        if (r.blockType == CodeReader.BLOCK_VALTYPE) {
            ValType t = r.blockValType;
            checkValType(t);
            return switch (t.kind()) {
                case I32 -> JUST_I32;
                case I64 -> JUST_I64;
                case F32 -> JUST_F32;
                case F64 -> JUST_F64;
                case V128 -> JUST_V128;
                default -> List.of(t);
            };
        }
        return funcTypeAt(r.blockType).results();
    }

    private void checkReturn(List<ValType> calleeResults) {
        List<ValType> results = ctrl[0].results;
        if (calleeResults.size() != results.size() || !types.isSubtypeAll(calleeResults, results)) {
            throw fail("type mismatch: current function requires result type " + names(results)
                    + " but callee returns " + names(calleeResults));
        }
    }

    // =============================================================== constant expressions

    private void checkConstant(int op) {
        boolean ok = switch (op) {
            case Op.I32_CONST, Op.I64_CONST, Op.F32_CONST, Op.F64_CONST, Op.V128_CONST,
                 Op.I32_ADD, Op.I32_SUB, Op.I32_MUL, Op.I64_ADD, Op.I64_SUB, Op.I64_MUL,
                 Op.REF_NULL, Op.REF_FUNC, Op.REF_I31, Op.STRUCT_NEW, Op.STRUCT_NEW_DEFAULT,
                 Op.ARRAY_NEW, Op.ARRAY_NEW_DEFAULT, Op.ARRAY_NEW_FIXED,
                 Op.ANY_CONVERT_EXTERN, Op.EXTERN_CONVERT_ANY, Op.END -> true;
            case Op.GLOBAL_GET -> !global(reader.a).mutable();
            default -> false;
        };
        if (!ok) throw fail("constant expression required");
    }

    // =============================================================== typing

    private void step(int op) {
        CodeReader r = reader;
        int sig = Signatures.of(op);
        if (sig != Signatures.NONE) {
            ValType in3 = Signatures.input(sig, 2);
            ValType in2 = Signatures.input(sig, 1);
            if (in3 != null) pop(in3);
            if (in2 != null) pop(in2);
            pop(Signatures.input(sig, 0));
            push(Signatures.output(sig));
            return;
        }
        switch (op) {
            case Op.UNREACHABLE -> setUnreachable();
            case Op.NOP -> { }
            case Op.BLOCK, Op.LOOP -> {
                List<ValType> params = blockParams(r);
                List<ValType> results = blockResults(r);
                popValues(params);
                pushFrame(op == Op.BLOCK ? ControlFrame.Kind.BLOCK : ControlFrame.Kind.LOOP, params, results);
                pushValues(params);
            }
            case Op.IF -> {
                List<ValType> params = blockParams(r);
                List<ValType> results = blockResults(r);
                pop(ValType.I32);
                popValues(params);
                pushFrame(ControlFrame.Kind.IF, params, results);
                pushValues(params);
            }
            case Op.ELSE -> {
                ControlFrame f = ctrl[depth - 1];
                if (f.kind != ControlFrame.Kind.IF) throw fail("else without matching if");
                checkFrameEnd(f);
                resetLocals(f);
                f.kind = ControlFrame.Kind.ELSE;
                f.unreachable = false;
                pushValues(f.params);
            }
            case Op.END -> {
                ControlFrame f = ctrl[depth - 1];
                checkFrameEnd(f);
                if (f.kind == ControlFrame.Kind.IF) {
                    // the missing else arm passes the params through: they must match the results
                    f.unreachable = false;
                    pushValues(f.params);
                    checkFrameEnd(f);
                }
                resetLocals(f);
                depth--;
                pushValues(f.results);
            }
            case Op.BR -> {
                popValues(label(r.a).labelTypes());
                setUnreachable();
            }
            case Op.BR_IF -> {
                List<ValType> lt = label(r.a).labelTypes();
                pop(ValType.I32);
                popValues(lt);
                pushValues(lt);
            }
            case Op.BR_TABLE -> brTable(r);
            case Op.RETURN -> {
                popValues(ctrl[0].results);
                setUnreachable();
            }
            case Op.CALL -> {
                CompositeType.Func f = func(r.a);
                popValues(f.params());
                pushValues(f.results());
            }
            case Op.RETURN_CALL -> {
                CompositeType.Func f = func(r.a);
                checkReturn(f.results());
                popValues(f.params());
                setUnreachable();
            }
            case Op.CALL_INDIRECT, Op.RETURN_CALL_INDIRECT -> {
                TableType t = table(r.b);
                CompositeType.Func f = funcTypeAt(r.a);
                if (!types.isSubtype(t.elemType(), ValType.FUNCREF)) {
                    throw fail("type mismatch: instruction requires table of function type but table has element type "
                            + name(t.elemType()));
                }
                if (op == Op.RETURN_CALL_INDIRECT) checkReturn(f.results());
                pop(addr(t));
                popValues(f.params());
                if (op == Op.RETURN_CALL_INDIRECT) setUnreachable();
                else pushValues(f.results());
            }
            case Op.CALL_REF, Op.RETURN_CALL_REF -> {
                CompositeType.Func f = funcTypeAt(r.a);
                if (op == Op.RETURN_CALL_REF) checkReturn(f.results());
                pop(ValType.ref(true, r.a));
                popValues(f.params());
                if (op == Op.RETURN_CALL_REF) setUnreachable();
                else pushValues(f.results());
            }
            case Op.THROW -> {
                popValues(tag(r.a).params());
                setUnreachable();
            }
            case Op.THROW_REF -> {
                pop(ValType.EXNREF);
                setUnreachable();
            }
            case Op.TRY_TABLE -> {
                List<ValType> params = blockParams(r);
                List<ValType> results = blockResults(r);
                for (int i = 0; i < r.catchCount; i++) checkCatch(r.catchKinds[i], r.catchTags[i], r.catchLabels[i]);
                popValues(params);
                pushFrame(ControlFrame.Kind.TRY_TABLE, params, results);
                pushValues(params);
            }
            case Op.DROP -> pop();
            case Op.SELECT -> select();
            case Op.SELECT_T -> {
                // the decoder leaves the number of result types in b
                if (r.b != 1) throw fail("invalid result arity other than 1 is not (yet) allowed");
                ValType t = r.refType1;
                checkValType(t);
                pop(ValType.I32);
                pop(t);
                pop(t);
                push(t);
            }
            case Op.LOCAL_GET -> {
                int i = local(r.a);
                if (!localInit[i]) throw fail("uninitialized local " + i);
                push(locals[i]);
            }
            case Op.LOCAL_SET -> {
                int i = local(r.a);
                pop(locals[i]);
                initLocal(i);
            }
            case Op.LOCAL_TEE -> {
                int i = local(r.a);
                pop(locals[i]);
                initLocal(i);
                push(locals[i]);
            }
            case Op.GLOBAL_GET -> push(global(r.a).type());
            case Op.GLOBAL_SET -> {
                GlobalType g = global(r.a);
                if (!g.mutable()) throw fail("immutable global " + r.a);
                pop(g.type());
            }
            case Op.I32_CONST -> push(ValType.I32);
            case Op.I64_CONST -> push(ValType.I64);
            case Op.F32_CONST -> push(ValType.F32);
            case Op.F64_CONST -> push(ValType.F64);
            case Op.REF_NULL -> {
                ValType t = ValType.ref(true, r.refType1.heap());
                checkValType(t);
                push(t);
            }
            case Op.REF_IS_NULL -> {
                popRef();
                push(ValType.I32);
            }
            case Op.REF_FUNC -> {
                func(r.a);
                if (!constMode && !ctx.declaredFuncRefs[r.a]) throw fail("undeclared function reference");
                push(ValType.ref(false, ctx.funcTypes[r.a]));
            }
            case Op.REF_EQ -> {
                pop(ValType.EQREF);
                pop(ValType.EQREF);
                push(ValType.I32);
            }
            case Op.REF_AS_NON_NULL -> push(popRef().asNonNull());
            case Op.BR_ON_NULL -> {
                ValType t = popRef();
                List<ValType> lt = label(r.a).labelTypes();
                popValues(lt);
                pushValues(lt);
                push(t.asNonNull());
            }
            case Op.BR_ON_NON_NULL -> {
                List<ValType> lt = label(r.a).labelTypes();
                if (lt.isEmpty() || !lt.getLast().isRef()) {
                    throw fail("type mismatch: instruction requires reference type but label has " + names(lt));
                }
                pop(lt.getLast().asNullable());
                List<ValType> rest = lt.subList(0, lt.size() - 1);
                popValues(rest);
                pushValues(rest);
            }
            default -> {
                if (!MemoryTyping.step(this, r, op) && !TableTyping.step(this, r, op) && !GcTyping.step(this, r, op)
                        && !SimdTyping.step(this, r, op)) {
                    throw fail("illegal opcode " + Integer.toHexString(op));
                }
            }
        }
    }

    private void brTable(CodeReader r) {
        pop(ValType.I32);
        List<ValType> def = label(r.a).labelTypes();
        int n = def.size();
        for (int i = 0; i < r.brCount; i++) {
            List<ValType> lt = label(r.brTargets[i]).labelTypes();
            if (lt.size() != n) {
                throw fail("type mismatch: br_table targets have different arities (" + names(lt)
                        + " vs. " + names(def) + ")");
            }
            checkTop(lt);
        }
        checkTop(def);
        popValues(def);
        setUnreachable();
    }

    /** Checks the top of the stack against {@code ts} without popping. */
    private void checkTop(List<ValType> ts) {
        int n = ts.size();
        for (int i = 0; i < n; i++) {
            ValType actual = peek(n - 1 - i);
            if (!types.isSubtype(actual, ts.get(i))) throw mismatch(ts.get(i), actual);
        }
    }

    private void select() {
        pop(ValType.I32);
        ValType t1 = pop();
        ValType t2 = pop();
        boolean ok1 = t1.isNum() || t1.kind() == ValType.Kind.V128 || t1.kind() == ValType.Kind.BOT;
        boolean ok2 = t2.isNum() || t2.kind() == ValType.Kind.V128 || t2.kind() == ValType.Kind.BOT;
        if (!ok1 || !ok2) {
            throw fail("type mismatch: instruction requires numeric or vector type but stack has "
                    + name(ok1 ? t2 : t1));
        }
        if (t1.kind() != ValType.Kind.BOT && t2.kind() != ValType.Kind.BOT && !t1.equals(t2)) {
            throw mismatch(t1, t2);
        }
        push(t1.kind() == ValType.Kind.BOT ? t2 : t1);
    }

    private void checkCatch(int kind, int tagIndex, int labelIndex) {
        List<ValType> provided = switch (kind) {
            case 0 -> tag(tagIndex).params();
            case 1 -> {
                List<ValType> ps = tag(tagIndex).params();
                ValType[] all = ps.toArray(new ValType[ps.size() + 1]);
                all[ps.size()] = EXN_NON_NULL;
                yield List.of(all);
            }
            case 2 -> NO_TYPES;
            default -> List.of(EXN_NON_NULL);
        };
        List<ValType> lt = label(labelIndex).labelTypes();
        if (lt.size() != provided.size() || !types.isSubtypeAll(provided, lt)) {
            throw fail("type mismatch: catch handler requires " + names(provided) + " but label has " + names(lt));
        }
    }

    // =============================================================== helpers for GcTyping

    ValType popValue(ValType expected) { return pop(expected); }

    ValType popAnyRef() { return popRef(); }

    void pushValue(ValType t) { push(t); }

    void popValueList(List<ValType> ts) { popValues(ts); }

    void pushValueList(List<ValType> ts) { pushValues(ts); }

    List<ValType> labelTypes(int d) { return label(d).labelTypes(); }

    CompositeType.Struct struct(int x) { return structType(x); }

    CompositeType.FieldType array(int x) { return arrayField(x); }

    ValType elemType(int e) { return elem(e); }

    void checkData(int d) { data(d); }

    /** Pops {@code n} operands of type {@code t}, without looping beyond the stack in dead code. */
    void popRepeated(ValType t, long n) {
        ControlFrame f = ctrl[depth - 1];
        long available = sp - f.height;
        if (n > available && !f.unreachable) throw mismatch(t, null);
        for (long i = 0, k = Math.min(n, available); i < k; i++) pop(t);
    }
}
