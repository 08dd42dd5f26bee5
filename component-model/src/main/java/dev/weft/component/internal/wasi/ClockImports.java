package dev.weft.component.internal.wasi;

import dev.weft.component.ComponentLinker;
import dev.weft.component.Type;
import dev.weft.component.Val;
import dev.weft.engine.wasi.WasiClock;

import java.util.List;

import static dev.weft.component.internal.wasi.WasiHost.func;

/**
 * {@code wasi:clocks/wall-clock} and {@code wasi:clocks/monotonic-clock}. Monotonic instants count
 * from when the host was defined, so they are never negative whatever the host clock's origin.
 */
final class ClockImports {
    private ClockImports() {}

    static void define(WasiHost host, ComponentLinker linker) {
        WasiClock clock = host.config.clock();
        long origin = clock.monotonicNanos();

        ComponentLinker.HostInstance wall = WasiHost.iface(linker, "wasi:clocks/wall-clock");
        wall.type("datetime", WasiTypes.DATETIME);
        func(wall, "now", WasiTypes.DATETIME, a -> datetime(clock.realtimeNanos()));
        func(wall, "resolution", WasiTypes.DATETIME, a -> datetime(clock.resolutionNanos(0)));

        ComponentLinker.HostInstance mono = WasiHost.iface(linker, "wasi:clocks/monotonic-clock");
        host.resource(mono, "pollable", host.types.pollable);
        mono.type("instant", WasiTypes.U64).type("duration", WasiTypes.U64);
        Type ownPollable = new Type.Own(host.types.pollable);
        func(mono, "now", WasiTypes.U64, a -> Vals.u64(clock.monotonicNanos() - origin));
        func(mono, "resolution", WasiTypes.U64, a -> Vals.u64(clock.resolutionNanos(1)));
        func(mono, "subscribe-instant", ownPollable, a -> Vals.own(host.types.pollable,
                new TimerPollable(clock, origin + clampDelay(Vals.u64Of(a.get(0))))), WasiTypes.U64);
        func(mono, "subscribe-duration", ownPollable, a -> Vals.own(host.types.pollable,
                new TimerPollable(clock, clock.monotonicNanos() + clampDelay(Vals.u64Of(a.get(0))))), WasiTypes.U64);
    }

    /** A u64 nanosecond count beyond Long.MAX_VALUE means "never" in practice: kept at the largest. */
    private static long clampDelay(long n) { return n < 0 ? Long.MAX_VALUE / 2 : Math.min(n, Long.MAX_VALUE / 2); }

    /** A wall-clock datetime from nanoseconds since the epoch (times before it are clamped to it). */
    static Val datetime(long nanos) {
        long n = Math.max(nanos, 0);
        return new Val.RecordVal(List.of(new Val.NamedVal("seconds", Vals.u64(n / 1_000_000_000L)),
                new Val.NamedVal("nanoseconds", new Val.U32((int) (n % 1_000_000_000L)))));
    }
}
