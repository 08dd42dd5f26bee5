package dev.weft.engine.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.engine.Engine;
import dev.weft.engine.ImportType;
import dev.weft.engine.Module;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every preview1 function is registered, and imported (so exercised) by at least one test
 * program. The table below is the function → program map; each program has its own test class:
 * hello WasiArgsEnvExitTest, files WasiFilesTest, escape WasiSandboxTest, clocks WasiClocksTest,
 * stdio WasiStdioTest, sockets WasiSocketsTest, edges WasiEdgeCasesTest, bigio WasiLargeTransfersTest.
 */
class WasiCoverageTest {

    private static final Map<String, String> FIRST_PROGRAM = new TreeMap<>(Map.ofEntries(
            Map.entry("args_get", "hello"), Map.entry("args_sizes_get", "hello"),
            Map.entry("environ_get", "hello"), Map.entry("environ_sizes_get", "hello"),
            Map.entry("proc_exit", "hello"),
            Map.entry("clock_res_get", "clocks"), Map.entry("clock_time_get", "clocks"),
            Map.entry("poll_oneoff", "clocks"), Map.entry("random_get", "clocks"),
            Map.entry("sched_yield", "clocks"), Map.entry("proc_raise", "clocks"),
            Map.entry("fd_advise", "files"), Map.entry("fd_allocate", "files"), Map.entry("fd_close", "files"),
            Map.entry("fd_datasync", "files"), Map.entry("fd_fdstat_get", "files"),
            Map.entry("fd_fdstat_set_flags", "files"), Map.entry("fd_fdstat_set_rights", "files"),
            Map.entry("fd_filestat_get", "files"), Map.entry("fd_filestat_set_size", "files"),
            Map.entry("fd_filestat_set_times", "files"), Map.entry("fd_pread", "files"),
            Map.entry("fd_prestat_get", "files"), Map.entry("fd_prestat_dir_name", "files"),
            Map.entry("fd_pwrite", "files"), Map.entry("fd_read", "files"), Map.entry("fd_readdir", "files"),
            Map.entry("fd_renumber", "files"), Map.entry("fd_seek", "files"), Map.entry("fd_sync", "files"),
            Map.entry("fd_tell", "files"), Map.entry("fd_write", "files"),
            Map.entry("path_create_directory", "files"), Map.entry("path_filestat_get", "files"),
            Map.entry("path_filestat_set_times", "files"), Map.entry("path_link", "files"),
            Map.entry("path_open", "files"), Map.entry("path_readlink", "files"),
            Map.entry("path_remove_directory", "files"), Map.entry("path_rename", "files"),
            Map.entry("path_symlink", "files"), Map.entry("path_unlink_file", "files"),
            Map.entry("sock_accept", "sockets"), Map.entry("sock_recv", "sockets"),
            Map.entry("sock_send", "sockets"), Map.entry("sock_shutdown", "sockets")));

    @Test
    void everyPreview1FunctionIsRegistered() {
        assertEquals(FIRST_PROGRAM.keySet(), new TreeSet<>(Wasi.functionNames()));
        assertEquals(46, Wasi.functionNames().size());
    }

    @Test
    void everyPreview1FunctionIsImportedByItsTestProgram() {
        Engine engine = Engine.create();
        Map<String, Set<String>> imported = new TreeMap<>();
        for (String program : List.of("hello", "files", "escape", "clocks", "stdio", "sockets")) {
            Set<String> names = new TreeSet<>();
            for (ImportType i : Module.fromBinary(engine, GuestProgram.bytes(program)).imports()) {
                if (i.module().equals(Wasi.MODULE)) names.add(i.name());
            }
            imported.put(program, names);
        }
        FIRST_PROGRAM.forEach((function, program) ->
                assertEquals(true, imported.get(program).contains(function), function + " in " + program));
    }
}
