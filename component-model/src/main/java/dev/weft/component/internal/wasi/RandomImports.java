package dev.weft.component.internal.wasi;

import dev.weft.component.ComponentLinker;
import dev.weft.component.Type;
import dev.weft.component.Val;

import java.util.List;
import java.util.random.RandomGenerator;

import static dev.weft.component.internal.wasi.WasiHost.func;

/** {@code wasi:random/random}, {@code wasi:random/insecure} and {@code wasi:random/insecure-seed}. */
final class RandomImports {
    private RandomImports() {}

    /** The most bytes one call returns, so a guest can not make the host allocate without bound. */
    private static final int MAX_BYTES = 1 << 20;

    static void define(WasiHost host, ComponentLinker linker) {
        RandomGenerator secure = host.config.random();
        ComponentLinker.HostInstance random = WasiHost.iface(linker, "wasi:random/random");
        func(random, "get-random-bytes", WasiTypes.BYTES, a -> bytes(secure, Vals.u64Of(a.get(0))), WasiTypes.U64);
        func(random, "get-random-u64", WasiTypes.U64, a -> Vals.u64(secure.nextLong()));

        ComponentLinker.HostInstance insecure = WasiHost.iface(linker, "wasi:random/insecure");
        func(insecure, "get-insecure-random-bytes", WasiTypes.BYTES,
                a -> bytes(host.insecure, Vals.u64Of(a.get(0))), WasiTypes.U64);
        func(insecure, "get-insecure-random-u64", WasiTypes.U64, a -> Vals.u64(host.insecure.nextLong()));

        ComponentLinker.HostInstance seed = WasiHost.iface(linker, "wasi:random/insecure-seed");
        func(seed, "insecure-seed", new Type.TupleType(List.of(WasiTypes.U64, WasiTypes.U64)),
                a -> new Val.TupleVal(List.of(Vals.u64(host.insecureSeed[0]), Vals.u64(host.insecureSeed[1]))));
    }

    private static Val bytes(RandomGenerator g, long len) {
        if (len < 0 || len > MAX_BYTES) throw Vals.trap("random byte count too large");
        byte[] b = new byte[(int) len];
        g.nextBytes(b);
        return Vals.bytes(b);
    }
}
