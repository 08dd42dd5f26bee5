package dev.weft.engine.internal.wasi;

import dev.weft.engine.FuncType;
import dev.weft.engine.Linker;
import dev.weft.engine.TrapException;
import dev.weft.engine.ValueType;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.InvalidPathException;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers every {@code wasi_snapshot_preview1} function on a {@link Linker}, with the core
 * signatures the witx lowers to ({@code i} = i32, {@code I} = i64; all but proc_exit return an
 * errno as i32).
 */
public final class Preview1Imports {
    private Preview1Imports() {}

    public static final String MODULE = "wasi_snapshot_preview1";

    @FunctionalInterface
    private interface Call {
        int apply(Object[] a) throws IOException;
    }

    private record Def(String name, String params, Call call) {}

    /** The names of every function {@link #define} registers. */
    public static List<String> names() {
        List<String> out = new ArrayList<>();
        for (Def d : defs(null)) out.add(d.name);
        out.add("proc_exit");
        return out;
    }

    public static void define(Linker linker, WasiContext ctx) {
        for (Def d : defs(ctx)) {
            linker.func(MODULE, d.name, type(d.params, true), args -> {
                int errno;
                try {
                    errno = d.call.apply(args);
                } catch (WasiError e) {
                    errno = e.errno;
                } catch (ClosedByInterruptException | InterruptedIOException e) {
                    // The host interrupted the thread blocked in this call: stop the guest as the engine does.
                    throw new TrapException(TrapException.Kind.INTERRUPTED, "interrupted", e);
                } catch (IOException | UncheckedIOException | UnsupportedOperationException
                         | IllegalStateException | SecurityException | InvalidPathException e) {
                    errno = IoErrno.of(e instanceof UncheckedIOException u ? u.getCause() : e);
                }
                return new Object[] {errno};
            });
        }
        ProcessFunctions proc = new ProcessFunctions(ctx);
        linker.func(MODULE, "proc_exit", type("i", false), args -> {
            proc.procExit(i(args, 0));
            return null;
        });
    }

    private static FuncType type(String params, boolean errnoResult) {
        List<ValueType> ps = new ArrayList<>();
        for (char c : params.toCharArray()) ps.add(c == 'I' ? ValueType.I64 : ValueType.I32);
        return FuncType.of(ps, errnoResult ? List.of(ValueType.I32) : List.of());
    }

    private static int i(Object[] a, int k) { return (Integer) a[k]; }

    private static long l(Object[] a, int k) { return (Long) a[k]; }

    private static List<Def> defs(WasiContext ctx) {
        ProcessFunctions p = new ProcessFunctions(ctx);
        FdFunctions f = new FdFunctions(ctx);
        PathFunctions pa = new PathFunctions(ctx);
        PollFunction po = new PollFunction(ctx);
        SocketFunctions s = new SocketFunctions(ctx);
        return List.of(
                new Def("args_get", "ii", a -> p.argsGet(i(a, 0), i(a, 1))),
                new Def("args_sizes_get", "ii", a -> p.argsSizesGet(i(a, 0), i(a, 1))),
                new Def("environ_get", "ii", a -> p.environGet(i(a, 0), i(a, 1))),
                new Def("environ_sizes_get", "ii", a -> p.environSizesGet(i(a, 0), i(a, 1))),
                new Def("clock_res_get", "ii", a -> p.clockResGet(i(a, 0), i(a, 1))),
                new Def("clock_time_get", "iIi", a -> p.clockTimeGet(i(a, 0), l(a, 1), i(a, 2))),
                new Def("fd_advise", "iIIi", a -> f.advise(i(a, 0), l(a, 1), l(a, 2), i(a, 3))),
                new Def("fd_allocate", "iII", a -> f.allocate(i(a, 0), l(a, 1), l(a, 2))),
                new Def("fd_close", "i", a -> f.close(i(a, 0))),
                new Def("fd_datasync", "i", a -> f.datasync(i(a, 0))),
                new Def("fd_fdstat_get", "ii", a -> f.fdstatGet(i(a, 0), i(a, 1))),
                new Def("fd_fdstat_set_flags", "ii", a -> f.fdstatSetFlags(i(a, 0), i(a, 1))),
                new Def("fd_fdstat_set_rights", "iII", a -> f.fdstatSetRights(i(a, 0), l(a, 1), l(a, 2))),
                new Def("fd_filestat_get", "ii", a -> f.filestatGet(i(a, 0), i(a, 1))),
                new Def("fd_filestat_set_size", "iI", a -> f.filestatSetSize(i(a, 0), l(a, 1))),
                new Def("fd_filestat_set_times", "iIIi", a -> f.filestatSetTimes(i(a, 0), l(a, 1), l(a, 2), i(a, 3))),
                new Def("fd_pread", "iiiIi", a -> f.pread(i(a, 0), i(a, 1), i(a, 2), l(a, 3), i(a, 4))),
                new Def("fd_prestat_get", "ii", a -> f.prestatGet(i(a, 0), i(a, 1))),
                new Def("fd_prestat_dir_name", "iii", a -> f.prestatDirName(i(a, 0), i(a, 1), i(a, 2))),
                new Def("fd_pwrite", "iiiIi", a -> f.pwrite(i(a, 0), i(a, 1), i(a, 2), l(a, 3), i(a, 4))),
                new Def("fd_read", "iiii", a -> f.read(i(a, 0), i(a, 1), i(a, 2), i(a, 3))),
                new Def("fd_readdir", "iiiIi", a -> f.readdir(i(a, 0), i(a, 1), i(a, 2), l(a, 3), i(a, 4))),
                new Def("fd_renumber", "ii", a -> f.renumber(i(a, 0), i(a, 1))),
                new Def("fd_seek", "iIii", a -> f.seek(i(a, 0), l(a, 1), i(a, 2), i(a, 3))),
                new Def("fd_sync", "i", a -> f.sync(i(a, 0))),
                new Def("fd_tell", "ii", a -> f.tell(i(a, 0), i(a, 1))),
                new Def("fd_write", "iiii", a -> f.write(i(a, 0), i(a, 1), i(a, 2), i(a, 3))),
                new Def("path_create_directory", "iii", a -> pa.createDirectory(i(a, 0), i(a, 1), i(a, 2))),
                new Def("path_filestat_get", "iiiii",
                        a -> pa.filestatGet(i(a, 0), i(a, 1), i(a, 2), i(a, 3), i(a, 4))),
                new Def("path_filestat_set_times", "iiiiIIi",
                        a -> pa.filestatSetTimes(i(a, 0), i(a, 1), i(a, 2), i(a, 3), l(a, 4), l(a, 5), i(a, 6))),
                new Def("path_link", "iiiiiii",
                        a -> pa.link(i(a, 0), i(a, 1), i(a, 2), i(a, 3), i(a, 4), i(a, 5), i(a, 6))),
                new Def("path_open", "iiiiiIIii", a -> pa.open(i(a, 0), i(a, 1), i(a, 2), i(a, 3), i(a, 4),
                        l(a, 5), l(a, 6), i(a, 7), i(a, 8))),
                new Def("path_readlink", "iiiiii",
                        a -> pa.readlink(i(a, 0), i(a, 1), i(a, 2), i(a, 3), i(a, 4), i(a, 5))),
                new Def("path_remove_directory", "iii", a -> pa.removeDirectory(i(a, 0), i(a, 1), i(a, 2))),
                new Def("path_rename", "iiiiii",
                        a -> pa.rename(i(a, 0), i(a, 1), i(a, 2), i(a, 3), i(a, 4), i(a, 5))),
                new Def("path_symlink", "iiiii", a -> pa.symlink(i(a, 0), i(a, 1), i(a, 2), i(a, 3), i(a, 4))),
                new Def("path_unlink_file", "iii", a -> pa.unlinkFile(i(a, 0), i(a, 1), i(a, 2))),
                new Def("poll_oneoff", "iiii", a -> po.pollOneoff(i(a, 0), i(a, 1), i(a, 2), i(a, 3))),
                new Def("proc_raise", "i", a -> p.procRaise(i(a, 0))),
                new Def("sched_yield", "", a -> p.schedYield()),
                new Def("random_get", "ii", a -> p.randomGet(i(a, 0), i(a, 1))),
                new Def("sock_accept", "iii", a -> s.accept(i(a, 0), i(a, 1), i(a, 2))),
                new Def("sock_recv", "iiiiii", a -> s.recv(i(a, 0), i(a, 1), i(a, 2), i(a, 3), i(a, 4), i(a, 5))),
                new Def("sock_send", "iiiii", a -> s.send(i(a, 0), i(a, 1), i(a, 2), i(a, 3), i(a, 4))),
                new Def("sock_shutdown", "ii", a -> s.shutdown(i(a, 0), i(a, 1))));
    }
}
