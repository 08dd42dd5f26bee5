package dev.weft.engine.internal.wasi;

import dev.weft.engine.TrapException;
import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code poll_oneoff}: waits until a clock subscription expires or a descriptor is ready.
 * Subscriptions are 48 bytes (userdata@0, tag@8, then at 16 either clock: id@16 timeout@24
 * precision@32 flags@40, or fd@16); events are 32 bytes (userdata@0 error@8 type@10 nbytes@16
 * flags@24).
 */
final class PollFunction {
    private static final int CLOCK = 0, FD_READ = 1, FD_WRITE = 2;
    private static final int SUBSCRIPTION_CLOCK_ABSTIME = 1;
    /** How long to wait between checks while some descriptor subscription is still pending. */
    private static final long RECHECK_NANOS = 1_000_000L;

    private final WasiContext ctx;

    PollFunction(WasiContext ctx) { this.ctx = ctx; }

    private record Event(long userdata, int error, int type, long nbytes) {}

    private record Sub(long userdata, int type, int fd, long deadline, int clockId) {}

    int pollOneoff(int in, int out, int count, int resultPtr) throws IOException {
        GuestMemory m = ctx.mem();
        long n = Integer.toUnsignedLong(count);
        if (n == 0) return Errno.INVAL;
        m.check(in, n * 48);
        m.check(out, n * 32);
        List<Sub> subs = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int s = in + 48 * i;
            long userdata = m.readI64(s);
            int tag = m.readU8(s + 8);
            switch (tag) {
                case CLOCK -> {
                    int id = m.readI32(s + 16);
                    long timeout = m.readI64(s + 24);
                    int flags = m.readU16(s + 40);
                    if (id != 0 && id != 1) {
                        events.add(new Event(userdata, id == 2 || id == 3 ? Errno.NOTSUP : Errno.INVAL, CLOCK, 0));
                    } else {
                        long now = ProcessFunctions.now(ctx, id);
                        long deadline = (flags & SUBSCRIPTION_CLOCK_ABSTIME) != 0 ? timeout : saturatingAdd(now, timeout);
                        subs.add(new Sub(userdata, CLOCK, -1, deadline, id));
                    }
                }
                case FD_READ, FD_WRITE -> subs.add(new Sub(userdata, tag, m.readI32(s + 16), 0, -1));
                default -> { return Errno.INVAL; }
            }
        }
        while (true) {
            for (Sub s : subs) {
                if (s.type == CLOCK) {
                    if (Long.compareUnsigned(ProcessFunctions.now(ctx, s.clockId), s.deadline) >= 0) {
                        events.add(new Event(s.userdata, Errno.SUCCESS, CLOCK, 0));
                    }
                } else {
                    Event e = fdEvent(s);
                    if (e != null) events.add(e);
                }
            }
            if (!events.isEmpty()) break;
            waitABit(subs);
        }
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            int at = out + 32 * i;
            m.write(at, new byte[32]);
            m.u64(at, e.userdata);
            m.u16(at + 8, e.error);
            m.u8(at + 10, e.type);
            m.u64(at + 16, e.nbytes);
        }
        m.u32(resultPtr, events.size());
        return Errno.SUCCESS;
    }

    /** Sleeps until the nearest clock deadline, or briefly when descriptors must be checked again. */
    private void waitABit(List<Sub> subs) {
        long wait = Long.MAX_VALUE;
        boolean fdPending = false;
        for (Sub s : subs) {
            if (s.type == CLOCK) {
                long now = ProcessFunctions.now(ctx, s.clockId);
                long left = Long.compareUnsigned(s.deadline, now) <= 0 ? 0 : s.deadline - now;
                wait = Math.min(wait, left < 0 ? Long.MAX_VALUE : left); // left < 0: beyond 2^63 ns away
            } else {
                fdPending = true;
            }
        }
        if (fdPending) wait = Math.min(wait, RECHECK_NANOS);
        try {
            ctx.clock.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrapException(TrapException.Kind.INTERRUPTED, "interrupted", e);
        }
    }

    /** The event for a descriptor subscription if it is ready (or failed), else null. */
    private Event fdEvent(Sub s) throws IOException {
        Descriptor d;
        try {
            d = ctx.fds.get(s.fd);
            d.require(Rights.POLL_FD_READWRITE);
        } catch (WasiError e) {
            return new Event(s.userdata, e.errno, s.type, 0);
        }
        boolean read = s.type == FD_READ;
        return switch (d) {
            case FileDescriptor f -> new Event(s.userdata, Errno.SUCCESS, s.type,
                    read && f.channel != null ? Math.max(0, f.channel.size() - f.channel.position()) : 0);
            case StreamDescriptor st when read && st.in != null -> {
                int avail = st.in.available();
                yield avail > 0 ? new Event(s.userdata, Errno.SUCCESS, s.type, avail) : null;
            }
            case StreamDescriptor st -> st.out != null || read ? new Event(s.userdata, Errno.SUCCESS, s.type, 0)
                    : new Event(s.userdata, Errno.BADF, s.type, 0);
            case SocketDescriptor so -> read && so.hasPeeked()
                    || Readiness.now(so.channel, read ? SelectionKey.OP_READ : SelectionKey.OP_WRITE)
                    ? new Event(s.userdata, Errno.SUCCESS, s.type, 0) : null;
            case ListenerDescriptor l -> !read ? new Event(s.userdata, Errno.NOTSUP, s.type, 0)
                    : Readiness.now(l.channel, SelectionKey.OP_ACCEPT) ? new Event(s.userdata, Errno.SUCCESS, s.type, 0)
                    : null;
            case DirectoryDescriptor dir -> new Event(s.userdata, Errno.SUCCESS, s.type, 0);
        };
    }

    private static long saturatingAdd(long a, long b) {
        long r = a + b;
        return Long.compareUnsigned(r, a) < 0 ? -1L : r;
    }
}
