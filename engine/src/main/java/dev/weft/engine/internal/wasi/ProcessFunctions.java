package dev.weft.engine.internal.wasi;

import dev.weft.engine.wasi.WasiExitException;
import java.util.List;

/** args_*, environ_*, clock_*, random_get, proc_exit, proc_raise and sched_yield. */
final class ProcessFunctions {
    private final WasiContext ctx;

    ProcessFunctions(WasiContext ctx) { this.ctx = ctx; }

    int argsSizesGet(int countPtr, int sizePtr) { return sizes(ctx.args, countPtr, sizePtr); }

    int argsGet(int argv, int buf) { return strings(ctx.args, argv, buf); }

    int environSizesGet(int countPtr, int sizePtr) { return sizes(ctx.env, countPtr, sizePtr); }

    int environGet(int environ, int buf) { return strings(ctx.env, environ, buf); }

    /** Count and total bytes of NUL-terminated strings. */
    private int sizes(List<byte[]> list, int countPtr, int sizePtr) {
        long total = 0;
        for (byte[] b : list) total += b.length + 1;
        GuestMemory m = ctx.mem();
        m.u32(countPtr, list.size());
        m.u32(sizePtr, (int) total);
        return Errno.SUCCESS;
    }

    /** Writes a pointer per string at {@code ptrs} and the NUL-terminated strings from {@code buf} on. */
    private int strings(List<byte[]> list, int ptrs, int buf) {
        GuestMemory m = ctx.mem();
        int at = buf;
        for (int i = 0; i < list.size(); i++) {
            byte[] b = list.get(i);
            m.u32(ptrs + 4 * i, at);
            m.write(at, b);
            m.u8(at + b.length, 0);
            at += b.length + 1;
        }
        return Errno.SUCCESS;
    }

    int clockResGet(int id, int resultPtr) {
        checkClock(id);
        ctx.mem().u64(resultPtr, ctx.clock.resolutionNanos(id));
        return Errno.SUCCESS;
    }

    int clockTimeGet(int id, long precision, int resultPtr) {
        ctx.mem().u64(resultPtr, now(ctx, id));
        return Errno.SUCCESS;
    }

    static long now(WasiContext ctx, int id) {
        checkClock(id);
        return switch (id) {
            case 0 -> ctx.clock.realtimeNanos();
            case 1 -> ctx.clock.monotonicNanos();
            case 2 -> ctx.clock.processCpuTimeNanos();
            default -> ctx.clock.threadCpuTimeNanos();
        };
    }

    private static void checkClock(int id) {
        if (id < 0 || id > 3) throw new WasiError(Errno.INVAL);
    }

    int randomGet(int buf, int len) {
        GuestMemory m = ctx.mem();
        long n = Integer.toUnsignedLong(len);
        m.check(buf, n);
        byte[] chunk = new byte[(int) Math.min(n, 65536)];
        for (long done = 0; done < n; done += chunk.length) {
            int k = (int) Math.min(chunk.length, n - done);
            ctx.random.nextBytes(chunk);
            m.write(buf + (int) done, chunk, 0, k);
        }
        return Errno.SUCCESS;
    }

    void procExit(int code) {
        ctx.flush();
        throw new WasiExitException(code);
    }

    /** Signals are not delivered to wasm: a valid signal number is {@code ENOSYS}, as the spec permits. */
    int procRaise(int sig) {
        if (sig < 0 || sig > 30) return Errno.INVAL;
        return Errno.NOSYS;
    }

    int schedYield() {
        Thread.yield();
        return Errno.SUCCESS;
    }
}
