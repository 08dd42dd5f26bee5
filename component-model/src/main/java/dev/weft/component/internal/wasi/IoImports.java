package dev.weft.component.internal.wasi;

import dev.weft.component.ComponentLinker;
import dev.weft.component.Type;
import dev.weft.component.Val;

import java.util.ArrayList;
import java.util.List;

import static dev.weft.component.internal.wasi.WasiHost.func;
import static dev.weft.component.internal.wasi.WasiHost.typedFunc;

/** {@code wasi:io/error}, {@code wasi:io/poll} and {@code wasi:io/streams}. */
final class IoImports {
    private IoImports() {}

    /** The most bytes one non-blocking call moves. */
    static final int CHUNK = 1 << 16;

    static void define(WasiHost host, ComponentLinker linker) {
        WasiTypes t = host.types;
        Type borrowError = new Type.Borrow(t.error);
        Type borrowPollable = new Type.Borrow(t.pollable);
        Type ownPollable = new Type.Own(t.pollable);
        Type in = new Type.Borrow(t.inputStream);
        Type out = new Type.Borrow(t.outputStream);

        ComponentLinker.HostInstance error = WasiHost.iface(linker, "wasi:io/error");
        host.resource(error, "error", t.error);
        func(error, "[method]error.to-debug-string", WasiTypes.STRING,
                a -> Vals.str(Vals.rep(a.get(0), IoError.class).message()), borrowError);

        ComponentLinker.HostInstance poll = WasiHost.iface(linker, "wasi:io/poll");
        host.resource(poll, "pollable", t.pollable);
        func(poll, "[method]pollable.ready", Type.Primitive.BOOL,
                a -> new Val.Bool(Vals.rep(a.get(0), Pollable.class).ready()), borrowPollable);
        func(poll, "[method]pollable.block", null, a -> {
            Vals.rep(a.get(0), Pollable.class).block();
            return null;
        }, borrowPollable);
        func(poll, "poll", Type.ListType.of(Type.Primitive.U32), a -> poll(host, a.get(0)),
                Type.ListType.of(borrowPollable));

        ComponentLinker.HostInstance streams = WasiHost.iface(linker, "wasi:io/streams");
        host.resource(streams, "error", t.error);
        host.resource(streams, "pollable", t.pollable);
        host.resource(streams, "input-stream", t.inputStream);
        host.resource(streams, "output-stream", t.outputStream);
        streams.type("stream-error", t.streamError);
        Type bytesResult = t.streamResult(WasiTypes.BYTES);
        Type countResult = t.streamResult(WasiTypes.U64);
        Type unitResult = t.streamResult(null);
        ByteListCalls typed = new ByteListCalls(t);
        typedFunc(streams, "[method]input-stream.read", bytesResult, a -> streamCall(host, () -> Vals.bytes(
                Vals.rep(a.get(0), HostInputStream.class).read(Vals.cap(Vals.u64Of(a.get(1)), CHUNK)))),
                typed.streamRead(false), in, WasiTypes.U64);
        typedFunc(streams, "[method]input-stream.blocking-read", bytesResult, a -> streamCall(host, () -> Vals.bytes(
                Vals.rep(a.get(0), HostInputStream.class).blockingRead(Vals.cap(Vals.u64Of(a.get(1)), CHUNK)))),
                typed.streamRead(true), in, WasiTypes.U64);
        func(streams, "[method]input-stream.skip", countResult, a -> streamCall(host, () -> Vals.u64(
                Vals.rep(a.get(0), HostInputStream.class).read(Vals.cap(Vals.u64Of(a.get(1)), CHUNK)).length)),
                in, WasiTypes.U64);
        func(streams, "[method]input-stream.blocking-skip", countResult, a -> streamCall(host, () -> Vals.u64(
                Vals.rep(a.get(0), HostInputStream.class).blockingRead(Vals.cap(Vals.u64Of(a.get(1)), CHUNK)).length)),
                in, WasiTypes.U64);
        func(streams, "[method]input-stream.subscribe", ownPollable,
                a -> Vals.own(t.pollable, Vals.rep(a.get(0), HostInputStream.class).subscribe()), in);

        func(streams, "[method]output-stream.check-write", countResult,
                a -> streamCall(host, () -> Vals.u64(Vals.rep(a.get(0), HostOutputStream.class).checkWrite())), out);
        typedFunc(streams, "[method]output-stream.write", unitResult, a -> streamCall(host, () -> {
            write(a.get(0), Vals.bytesOf(a.get(1)));
            return null;
        }), typed.streamWrite(false), out, WasiTypes.BYTES);
        typedFunc(streams, "[method]output-stream.blocking-write-and-flush", unitResult, a -> streamCall(host, () -> {
            write(a.get(0), Vals.bytesOf(a.get(1)));
            Vals.rep(a.get(0), HostOutputStream.class).flush();
            return null;
        }), typed.streamWrite(true), out, WasiTypes.BYTES);
        func(streams, "[method]output-stream.flush", unitResult, a -> streamCall(host, () -> {
            Vals.rep(a.get(0), HostOutputStream.class).flush();
            return null;
        }), out);
        func(streams, "[method]output-stream.blocking-flush", unitResult, a -> streamCall(host, () -> {
            Vals.rep(a.get(0), HostOutputStream.class).flush();
            return null;
        }), out);
        func(streams, "[method]output-stream.subscribe", ownPollable,
                a -> Vals.own(t.pollable, Vals.rep(a.get(0), HostOutputStream.class).subscribe()), out);
        func(streams, "[method]output-stream.write-zeroes", unitResult, a -> streamCall(host, () -> {
            write(a.get(0), new byte[zeroes(a.get(1))]);
            return null;
        }), out, WasiTypes.U64);
        func(streams, "[method]output-stream.blocking-write-zeroes-and-flush", unitResult, a -> streamCall(host, () -> {
            write(a.get(0), new byte[zeroes(a.get(1))]);
            Vals.rep(a.get(0), HostOutputStream.class).flush();
            return null;
        }), out, WasiTypes.U64);
        func(streams, "[method]output-stream.splice", countResult,
                a -> streamCall(host, () -> splice(a, false)), out, in, WasiTypes.U64);
        func(streams, "[method]output-stream.blocking-splice", countResult,
                a -> streamCall(host, () -> splice(a, true)), out, in, WasiTypes.U64);
    }

    private static void write(Val self, byte[] data) throws StreamFailure {
        checkPermit(data.length);
        Vals.rep(self, HostOutputStream.class).write(data);
    }

    /** A write of {@code length} bytes traps beyond what {@code check-write} grants. */
    static void checkPermit(long length) {
        if (length < 0 || length > HostOutputStream.PERMIT) throw Vals.trap("write exceeds the permit check-write gave");
    }

    private static int zeroes(Val len) {
        long n = Vals.u64Of(len);
        if (n < 0 || n > HostOutputStream.PERMIT) throw Vals.trap("write-zeroes exceeds the permit check-write gave");
        return (int) n;
    }

    /** Moves up to len bytes; an ended source reports closed only when nothing was moved. */
    private static Val splice(List<Val> a, boolean blocking) throws StreamFailure {
        HostOutputStream to = Vals.rep(a.get(0), HostOutputStream.class);
        HostInputStream from = Vals.rep(a.get(1), HostInputStream.class);
        int max = Vals.cap(Vals.u64Of(a.get(2)), CHUNK);
        byte[] data = blocking ? from.blockingRead(max) : from.read(max);
        to.write(data);
        return Vals.u64(data.length);
    }

    /** A stream operation's value as {@code ok(v)}, its failure as {@code err(stream-error)}. */
    static Val streamCall(WasiHost host, StreamOp op) {
        try {
            return Vals.ok(op.run());
        } catch (StreamFailure f) {
            return Vals.err(f.error == null ? new Val.VariantVal("closed", null)
                    : new Val.VariantVal("last-operation-failed", Vals.own(host.types.error, f.error)));
        }
    }

    @FunctionalInterface
    interface StreamOp {
        Val run() throws StreamFailure;
    }

    /** Waits until at least one pollable is ready; returns the indices of all that are. */
    private static Val poll(WasiHost host, Val list) {
        List<Val> handles = ((Val.ListVal) list).elements();
        if (handles.isEmpty()) throw Vals.trap("poll on an empty list");
        List<Pollable> ps = new ArrayList<>(handles.size());
        for (Val h : handles) ps.add(Vals.rep(h, Pollable.class));
        while (true) {
            List<Val> ready = new ArrayList<>();
            for (int i = 0; i < ps.size(); i++) {
                if (ps.get(i).ready()) ready.add(new Val.U32(i));
            }
            if (!ready.isEmpty()) return new Val.ListVal(ready);
            waitForAny(host, ps);
        }
    }

    /**
     * Blocks until one of {@code ps} may be ready: on the only one when there is one; on the
     * earliest timer when all are timers; else in short naps bounded by the earliest timer.
     */
    private static void waitForAny(WasiHost host, List<Pollable> ps) {
        if (ps.size() == 1) {
            ps.getFirst().block();
            return;
        }
        long earliest = Long.MAX_VALUE;
        boolean allTimers = true;
        for (Pollable p : ps) {
            long d = p.deadline();
            if (d == Long.MAX_VALUE) allTimers = false;
            else if (earliest == Long.MAX_VALUE || d - earliest < 0) earliest = d;
        }
        long now = host.config.clock().monotonicNanos();
        long nap = allTimers ? earliest - now : Math.min(1_000_000L, earliest == Long.MAX_VALUE ? 1_000_000L : earliest - now);
        try {
            host.config.clock().sleep(Math.max(nap, 0));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Vals.trap("interrupted while polling");
        }
    }
}
