package dev.weft.component.internal.binary;

import dev.weft.component.internal.model.BuiltinKind;
import dev.weft.component.internal.model.Canon;
import dev.weft.component.internal.model.CanonOption;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code canon} definitions and their options. */
final class CanonDecoder {
    private CanonDecoder() {}

    static Canon canon(ByteReader r) {
        int at = r.pos();
        int op = r.u8();
        switch (op) {
            case 0x00 -> {
                zeroSort(r, "canonical function lift");
                int f = r.index();
                List<CanonOption> opts = options(r);
                return new Canon.Lift(f, opts, r.index());
            }
            case 0x01 -> {
                zeroSort(r, "canonical function lower");
                int f = r.index();
                return new Canon.Lower(f, options(r));
            }
            case 0x02 -> { return new Canon.ResourceNew(r.index()); }
            case 0x03 -> { return new Canon.ResourceDrop(r.index()); }
            case 0x04 -> { return new Canon.ResourceRep(r.index()); }
            default -> { }
        }
        BuiltinKind k = BuiltinKind.ofOpcode(op);
        if (k == null) throw r.badByte(op, "canonical function", at);
        return switch (k) {
            case TASK_CANCEL, SUBTASK_DROP, ERROR_CONTEXT_DROP, WAITABLE_SET_NEW, WAITABLE_SET_DROP, WAITABLE_JOIN,
                 BACKPRESSURE_INC, BACKPRESSURE_DEC, THREAD_INDEX, THREAD_RESUME_LATER -> new Canon.Simple(k);
            case SUBTASK_CANCEL, THREAD_YIELD, THREAD_SUSPEND, THREAD_SUSPEND_THEN_RESUME, THREAD_YIELD_THEN_RESUME,
                 THREAD_SUSPEND_THEN_PROMOTE, THREAD_YIELD_THEN_PROMOTE, THREAD_AVAILABLE_PARALLELISM ->
                    new Canon.Flagged(k, r.bool());
            case TASK_RETURN -> {
                var result = TypeDecoder.resultList(r);
                yield new Canon.TaskReturn(result, options(r));
            }
            case CONTEXT_GET, CONTEXT_SET -> new Canon.Context(k, CoreTypeDecoder.valType(r), r.index());
            case STREAM_NEW, STREAM_DROP_READABLE, STREAM_DROP_WRITABLE, FUTURE_NEW, FUTURE_DROP_READABLE,
                 FUTURE_DROP_WRITABLE -> new Canon.Typed(k, r.index(), List.of(), false);
            case STREAM_READ, STREAM_WRITE, FUTURE_READ, FUTURE_WRITE -> {
                int t = r.index();
                yield new Canon.Typed(k, t, options(r), false);
            }
            case STREAM_CANCEL_READ, STREAM_CANCEL_WRITE, FUTURE_CANCEL_READ, FUTURE_CANCEL_WRITE -> {
                int t = r.index();
                yield new Canon.Typed(k, t, List.of(), r.bool());
            }
            case ERROR_CONTEXT_NEW, ERROR_CONTEXT_DEBUG_MESSAGE -> new Canon.WithOptions(k, options(r));
            case WAITABLE_SET_WAIT, WAITABLE_SET_POLL -> {
                boolean cancellable = r.bool();
                yield new Canon.WaitableSet(k, cancellable, r.index());
            }
            case THREAD_NEW_INDIRECT -> {
                int t = r.index();
                yield new Canon.Thread(k, false, t, r.index());
            }
            case THREAD_SPAWN_REF -> {
                boolean shared = r.bool();
                yield new Canon.Thread(k, shared, r.index(), -1);
            }
            case THREAD_SPAWN_INDIRECT -> {
                boolean shared = r.bool();
                int t = r.index();
                yield new Canon.Thread(k, shared, t, r.index());
            }
        };
    }

    private static void zeroSort(ByteReader r, String what) {
        int at = r.pos();
        int b = r.u8();
        if (b != 0x00) throw r.badByte(b, what, at);
    }

    static List<CanonOption> options(ByteReader r) {
        int n = r.count();
        List<CanonOption> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int at = r.pos();
            int b = r.u8();
            out.add(switch (b) {
                case 0x00 -> new CanonOption.StringEncoding(CanonOption.Encoding.UTF8);
                case 0x01 -> new CanonOption.StringEncoding(CanonOption.Encoding.UTF16);
                case 0x02 -> new CanonOption.StringEncoding(CanonOption.Encoding.LATIN1_UTF16);
                case 0x03 -> new CanonOption.Memory(r.index());
                case 0x04 -> new CanonOption.Realloc(r.index());
                case 0x05 -> new CanonOption.PostReturn(r.index());
                case 0x06 -> new CanonOption.Async();
                case 0x07 -> new CanonOption.Callback(r.index());
                default -> throw r.badByte(b, "canonical option", at);
            });
        }
        return out;
    }
}
