package dev.weft.component.internal.wasi;

import dev.weft.component.ComponentLinker;
import dev.weft.component.Type;
import dev.weft.component.Val;
import dev.weft.component.bindings.TypedHostFunction;
import dev.weft.engine.internal.wasi.Errno;
import dev.weft.engine.internal.wasi.IoErrno;
import dev.weft.engine.internal.wasi.SandboxPath;
import dev.weft.engine.internal.wasi.WasiError;
import dev.weft.engine.wasi.WasiConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.weft.component.internal.wasi.WasiHost.func;
import static dev.weft.component.internal.wasi.WasiHost.typedFunc;
import static dev.weft.component.internal.wasi.WasiTypes.fsResult;

/**
 * {@code wasi:filesystem/types} and {@code wasi:filesystem/preopens}. Every method checks what
 * the descriptor may do and then delegates path work to {@link FsOperations}; host failures become
 * {@code error-code} values.
 */
final class FilesystemImports {
    private FilesystemImports() {}

    static void define(WasiHost host, ComponentLinker linker) {
        WasiTypes t = host.types;
        FsOperations ops = new FsOperations(host);
        Type self = new Type.Borrow(t.descriptor);
        Type u64 = WasiTypes.U64, str = WasiTypes.STRING, pf = WasiTypes.PATH_FLAGS, ts = WasiTypes.NEW_TIMESTAMP;
        Type unit = fsResult(null);

        ComponentLinker.HostInstance in = WasiHost.iface(linker, "wasi:filesystem/types");
        host.resource(in, "input-stream", t.inputStream);
        host.resource(in, "output-stream", t.outputStream);
        host.resource(in, "error", t.error);
        host.resource(in, "descriptor", t.descriptor);
        host.resource(in, "directory-entry-stream", t.directoryEntryStream);
        in.type("datetime", WasiTypes.DATETIME).type("filesize", u64).type("link-count", u64)
                .type("descriptor-type", WasiTypes.DESCRIPTOR_TYPE).type("descriptor-flags", WasiTypes.DESCRIPTOR_FLAGS)
                .type("descriptor-stat", WasiTypes.DESCRIPTOR_STAT).type("path-flags", pf)
                .type("open-flags", WasiTypes.OPEN_FLAGS).type("new-timestamp", ts)
                .type("directory-entry", WasiTypes.DIRECTORY_ENTRY).type("error-code", WasiTypes.ERROR_CODE)
                .type("advice", WasiTypes.ADVICE).type("metadata-hash-value", WasiTypes.METADATA_HASH_VALUE);

        m(in, "read-via-stream", fsResult(new Type.Own(t.inputStream)),
                a -> Vals.own(t.inputStream, new FileInput(ops.readable(d(a)).channel, Vals.u64Of(a.get(1)))), self, u64);
        m(in, "write-via-stream", fsResult(new Type.Own(t.outputStream)), a -> Vals.own(t.outputStream,
                new FileOutput(ops.writable(d(a)).channel, Vals.u64Of(a.get(1)), false)), self, u64);
        m(in, "append-via-stream", fsResult(new Type.Own(t.outputStream)),
                a -> Vals.own(t.outputStream, new FileOutput(ops.writable(d(a)).channel, 0, true)), self);
        m(in, "advise", unit, a -> ops.advise(d(a), Vals.u64Of(a.get(1)), Vals.u64Of(a.get(2))), self, u64, u64,
                WasiTypes.ADVICE);
        m(in, "sync-data", unit, a -> ops.sync(d(a), false), self);
        m(in, "sync", unit, a -> ops.sync(d(a), true), self);
        m(in, "get-flags", fsResult(WasiTypes.DESCRIPTOR_FLAGS), a -> flags(d(a)), self);
        m(in, "get-type", fsResult(WasiTypes.DESCRIPTOR_TYPE), a -> FsOperations.typeOf(d(a).path), self);
        m(in, "set-size", unit, a -> ops.setSize(d(a), Vals.u64Of(a.get(1))), self, u64);
        m(in, "set-times", unit, a -> ops.setTimes(d(a).path, a.get(1), a.get(2)), self, ts, ts);
        ByteListCalls typed = new ByteListCalls(t);
        m(in, "read", fsResult(new Type.TupleType(List.of(WasiTypes.BYTES, Type.Primitive.BOOL))), a -> {
            FsOperations.FileRead r = ops.read(d(a), Vals.u64Of(a.get(1)), Vals.u64Of(a.get(2)));
            return new Val.TupleVal(List.of(Vals.bytes(r.data()), new Val.Bool(r.end())));
        }, typed.fileRead(ops), self, u64, u64);
        m(in, "write", fsResult(u64), a -> Vals.u64(ops.write(d(a), Vals.bytesOf(a.get(1)), Vals.u64Of(a.get(2)))),
                typed.fileWrite(ops), self, WasiTypes.BYTES, u64);
        m(in, "read-directory", fsResult(new Type.Own(t.directoryEntryStream)),
                a -> Vals.own(t.directoryEntryStream, ops.readDirectory(d(a))), self);
        m(in, "create-directory-at", unit, a -> ops.createDirectory(dir(a), Vals.strOf(a.get(1))), self, str);
        m(in, "stat", fsResult(WasiTypes.DESCRIPTOR_STAT), a -> FsOperations.stat(d(a).path), self);
        m(in, "stat-at", fsResult(WasiTypes.DESCRIPTOR_STAT),
                a -> FsOperations.stat(ops.at(dir(a), a.get(1), a.get(2))), self, pf, str);
        m(in, "set-times-at", unit, a -> ops.setTimes(ops.at(dir(a), a.get(1), a.get(2)), a.get(3), a.get(4)),
                self, pf, str, ts, ts);
        m(in, "link-at", unit, a -> ops.link(ops.at(dir(a), a.get(1), a.get(2)),
                ops.at(dir(a.get(3)), null, a.get(4))), self, pf, str, self, str);
        m(in, "open-at", fsResult(new Type.Own(t.descriptor)), a -> Vals.own(t.descriptor,
                ops.open(dir(a), a.get(1), Vals.strOf(a.get(2)), flagSet(a.get(3)), flagSet(a.get(4)))),
                self, pf, str, WasiTypes.OPEN_FLAGS, WasiTypes.DESCRIPTOR_FLAGS);
        m(in, "readlink-at", fsResult(str), a -> Vals.str(ops.readlink(ops.at(dir(a), null, a.get(1)))), self, str);
        m(in, "remove-directory-at", unit, a -> ops.removeDirectory(ops.at(dir(a), null, a.get(1))), self, str);
        m(in, "rename-at", unit, a -> ops.rename(ops.at(dir(a), null, a.get(1)), ops.at(dir(a.get(2)), null, a.get(3))),
                self, str, self, str);
        m(in, "symlink-at", unit, a -> ops.symlink(Vals.strOf(a.get(1)), ops.at(dir(a), null, a.get(2))),
                self, str, str);
        m(in, "unlink-file-at", unit, a -> ops.unlinkFile(ops.at(dir(a), null, a.get(1))), self, str);
        func(in, "[method]descriptor.is-same-object", Type.Primitive.BOOL,
                a -> new Val.Bool(FsOperations.sameObject(d(a).path, Vals.rep(a.get(1), FsDescriptor.class).path)),
                self, self);
        m(in, "metadata-hash", fsResult(WasiTypes.METADATA_HASH_VALUE), a -> FsOperations.hash(d(a).path), self);
        m(in, "metadata-hash-at", fsResult(WasiTypes.METADATA_HASH_VALUE),
                a -> FsOperations.hash(ops.at(dir(a), a.get(1), a.get(2))), self, pf, str);
        func(in, "[method]directory-entry-stream.read-directory-entry",
                fsResult(new Type.OptionType(WasiTypes.DIRECTORY_ENTRY)),
                a -> Vals.ok(new Val.OptionVal(Vals.rep(a.get(0), DirectoryEntries.class).next())),
                new Type.Borrow(t.directoryEntryStream));
        func(in, "filesystem-error-code", new Type.OptionType(WasiTypes.ERROR_CODE), a -> {
            IoError e = Vals.rep(a.get(0), IoError.class);
            return new Val.OptionVal(e.errno() < 0 ? null : new Val.EnumVal(ErrorCodes.of(e.errno())));
        }, new Type.Borrow(t.error));

        ComponentLinker.HostInstance preopens = WasiHost.iface(linker, "wasi:filesystem/preopens");
        host.resource(preopens, "descriptor", t.descriptor);
        func(preopens, "get-directories",
                Type.ListType.of(new Type.TupleType(List.of(new Type.Own(t.descriptor), WasiTypes.STRING))), a -> {
                    List<Val> out = new ArrayList<>();
                    for (WasiConfig.Preopen p : host.config.preopens()) {
                        SandboxPath root = new SandboxPath(new SandboxPath.Root(p.hostPath(), p.readOnly()), List.of());
                        FsDescriptor dd = new FsDescriptor(root, true, null, true, false, !p.readOnly());
                        out.add(new Val.TupleVal(List.of(Vals.own(t.descriptor, dd), Vals.str(p.guestPath()))));
                    }
                    return new Val.ListVal(out);
                });
    }

    private static FsDescriptor d(List<Val> a) { return Vals.rep(a.get(0), FsDescriptor.class); }

    private static FsDescriptor dir(List<Val> a) { return dir(a.get(0)); }

    private static FsDescriptor dir(Val v) {
        FsDescriptor d = Vals.rep(v, FsDescriptor.class);
        if (!d.directory) throw new WasiError(Errno.NOTDIR);
        return d;
    }

    static Set<String> flagSet(Val v) { return ((Val.FlagsVal) v).flags(); }

    private static Val flags(FsDescriptor d) {
        List<String> l = new ArrayList<>();
        if (d.read) l.add("read");
        if (d.write) l.add("write");
        if (d.mutateDirectory) l.add("mutate-directory");
        return new Val.FlagsVal(Set.copyOf(l));
    }

    /** Defines method {@code [method]descriptor.name} whose result is {@code result<_, error-code>}-shaped. */
    private static void m(ComponentLinker.HostInstance in, String name, Type result, FsOp op, Type... params) {
        func(in, "[method]descriptor." + name, result, a -> fsCall(op, a), params);
    }

    /** Defines such a method with a typed body for calls from components. */
    private static void m(ComponentLinker.HostInstance in, String name, Type result, FsOp op, TypedHostFunction typed,
                          Type... params) {
        typedFunc(in, "[method]descriptor." + name, result, a -> fsCall(op, a), typed, params);
    }

    private static Val fsCall(FsOp op, List<Val> a) {
        try {
            return Vals.ok(op.run(a));
        } catch (WasiError | IOException | UncheckedIOException | DirectoryIteratorException e) {
            return Vals.err(new Val.EnumVal(errorCode(e)));
        }
    }

    /** The {@code error-code} case for a host failure of a filesystem operation (one of those {@link #fsCall} catches). */
    static String errorCode(Exception failure) {
        return ErrorCodes.of(switch (failure) {
            case WasiError e -> e.errno;
            case IOException e -> IoErrno.of(e);
            case UncheckedIOException e -> IoErrno.of(e.getCause());
            case DirectoryIteratorException e -> IoErrno.of(e.getCause());
            default -> throw new IllegalArgumentException("not a filesystem failure", failure);
        });
    }

    @FunctionalInterface
    interface FsOp {
        Val run(List<Val> args) throws IOException;
    }
}
