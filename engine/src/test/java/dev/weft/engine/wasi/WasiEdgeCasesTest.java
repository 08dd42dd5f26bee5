package dev.weft.engine.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * edges.wasm: the errno of error paths and corner cases of fd_* and path_* calls (EINVAL 28,
 * ENOTDIR 54, ENOENT 44, EISDIR 31, ENOTCAPABLE 76, EFAULT 21, EILSEQ 25, ENOTEMPTY 55, EPERM 63,
 * EEXIST 20, EBUSY 10, ELOOP 32, ENAMETOOLONG 37, EBADF 8, ENOTSOCK 57), readdir in pieces.
 */
class WasiEdgeCasesTest {

    @Test
    void errorPathsReturnTheExpectedErrno(@TempDir Path dir) throws IOException {
        GuestProgram.Result r = GuestProgram.run("edges", WasiConfig.defaults().withPreopen(dir, "/sandbox", false));
        assertEquals("""
                __wasi_fd_seek(f, -11, __WASI_WHENCE_END, &pos) -> 28
                __wasi_fd_seek(f, 0, 3, &pos) -> 28
                __wasi_fd_seek(f, -3, __WASI_WHENCE_END, &pos) -> 0
                pos=7
                __wasi_fd_allocate(f, 0, 0) -> 28
                __wasi_fd_fdstat_set_flags(f, 0x20) -> 28
                __wasi_fd_filestat_set_times(f, 1, 1, __WASI_FSTFLAGS_ATIM | __WASI_FSTFLAGS_ATIM_NOW) -> 28
                __wasi_fd_advise(f, 0, 0, 9) -> 28
                __wasi_fd_readdir(f, buf, sizeof buf, 0, &n) -> 54
                __wasi_sock_send(f, NULL, 0, 0, &n) -> 57
                __wasi_fd_renumber(f, 40) -> 8
                __wasi_fd_close(f) -> 0
                __wasi_fd_close(f) -> 8
                __wasi_path_open(3, 0, "file.txt", __WASI_OFLAGS_DIRECTORY, __WASI_RIGHTS_FD_READ, 0, 0, &x) -> 54
                __wasi_path_open(3, 0, "newdir", __WASI_OFLAGS_CREAT | __WASI_OFLAGS_DIRECTORY, 0, 0, 0, &x) -> 28
                __wasi_path_open(3, 0, "file.txt", 0x10, __WASI_RIGHTS_FD_READ, 0, 0, &x) -> 28
                __wasi_path_open(3, 0, "file.txt/", 0, __WASI_RIGHTS_FD_READ, 0, 0, &x) -> 54
                __wasi_path_open(3, 0, "", 0, __WASI_RIGHTS_FD_READ, 0, 0, &x) -> 44
                __wasi_path_open(3, 0, "missing/file.txt", __WASI_OFLAGS_CREAT, __WASI_RIGHTS_FD_READ, 0, 0, &x) -> 44
                __wasi_path_open(3, 0, "file.txt/more", 0, __WASI_RIGHTS_FD_READ, 0, 0, &x) -> 54
                __wasi_path_open(3, 0, ".", 0, __WASI_RIGHTS_FD_WRITE, 0, 0, &x) -> 31
                __wasi_path_open(3, 0, ".", __WASI_OFLAGS_TRUNC, 0, 0, 0, &x) -> 31
                __wasi_path_open(3, 0, "file.txt", 0, __WASI_RIGHTS_SOCK_ACCEPT, 0, 0, &x) -> 76
                raw_path_open(3, 0, 1 << 30, 4, 0, __WASI_RIGHTS_FD_READ, 0, 0, (int32_t) &x) -> 21
                __wasi_path_open(3, 0, bad_utf8, 0, __WASI_RIGHTS_FD_READ, 0, 0, &x) -> 25
                raw_fd_write(1, 0x7ffffff0, 4, 16) -> 21
                __wasi_path_create_directory(3, "d") -> 0
                __wasi_path_open(3, 0, "d", __WASI_OFLAGS_DIRECTORY, __WASI_RIGHTS_FD_READDIR | __WASI_RIGHTS_FD_READ, 0, 0, &d) -> 0
                __wasi_fd_read(d, &riov, 1, &n) -> 31
                __wasi_fd_readdir(d, buf, 40, cookie, &n) -> 0
                  . next=1 type=3
                __wasi_fd_readdir(d, buf, 40, cookie, &n) -> 0
                  .. next=2 type=3
                __wasi_fd_readdir(d, buf, 40, cookie, &n) -> 0
                  entry-0 next=3 type=4
                __wasi_fd_readdir(d, buf, 40, cookie, &n) -> 0
                  entry-1 next=4 type=4
                __wasi_fd_readdir(d, buf, 40, cookie, &n) -> 0
                  entry-2 next=5 type=4
                __wasi_fd_readdir(d, buf, 40, cookie, &n) -> 0
                  entry-3 next=6 type=4
                __wasi_fd_readdir(d, buf, 40, cookie, &n) -> 0
                  entry-4 next=7 type=4
                readdir calls=7
                __wasi_fd_close(d) -> 0
                __wasi_path_create_directory(3, "empty") -> 0
                __wasi_path_rename(3, "d", 3, "file.txt") -> 54
                __wasi_path_rename(3, "file.txt", 3, "d") -> 31
                __wasi_path_rename(3, "d", 3, "d/entry-0/inside") -> 54
                __wasi_path_rename(3, "d", 3, "d/sub") -> 28
                __wasi_path_rename(3, "empty", 3, "d") -> 55
                __wasi_path_rename(3, "d", 3, "empty") -> 0
                __wasi_path_rename(3, "nothing", 3, "x") -> 44
                __wasi_path_link(3, 0, "empty", 3, "empty-link") -> 63
                __wasi_path_link(3, 0, "file.txt", 3, "empty/entry-1") -> 20
                __wasi_path_remove_directory(3, ".") -> 10
                __wasi_path_remove_directory(3, "file.txt") -> 54
                __wasi_path_unlink_file(3, "empty/") -> 31
                __wasi_path_create_directory(3, "file.txt") -> 20
                __wasi_path_symlink("loop2", 3, "loop1") -> 0
                __wasi_path_symlink("loop1", 3, "loop2") -> 0
                __wasi_path_open(3, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "loop1", 0, __WASI_RIGHTS_FD_READ, 0, 0, &x) -> 32
                __wasi_path_symlink("nowhere", 3, "dangling") -> 0
                __wasi_path_open(3, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "dangling", 0, __WASI_RIGHTS_FD_READ, 0, 0, &x) -> 44
                __wasi_path_symlink("empty", 3, "dirlink") -> 0
                __wasi_path_open(3, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "dirlink/entry-1", 0, __WASI_RIGHTS_FD_READ, 0, 0, &x) -> 0
                __wasi_fd_close(x) -> 0
                __wasi_path_symlink("x", 3, "dirlink") -> 20
                __wasi_path_remove_directory(3, "dirlink") -> 54
                __wasi_path_readlink(3, "dirlink", small, sizeof small, &n) -> 0
                readlink truncated: empt (4)
                __wasi_path_readlink(3, "file.txt", small, sizeof small, &n) -> 28
                __wasi_path_unlink_file(3, "dirlink") -> 0
                __wasi_path_filestat_get(3, 0, "empty", &st) -> 0
                empty: filetype=3
                __wasi_path_filestat_get(3, 0, "file.txt", &st) -> 0
                file.txt: filetype=4 size=10 nlink=1
                __wasi_path_filestat_set_times(3, 0, "file.txt", 5000000000ull, 6000000000ull, __WASI_FSTFLAGS_ATIM | __WASI_FSTFLAGS_MTIM) -> 0
                __wasi_path_filestat_get(3, 0, "file.txt", &st) -> 0
                file.txt: atim=5000000000 mtim=6000000000
                __wasi_fd_prestat_dir_name(3, (uint8_t *) name, 3) -> 37
                __wasi_fd_prestat_get(1, &(__wasi_prestat_t){0}) -> 8
                __wasi_fd_fdstat_set_rights(3, ~0ull, 0) -> 76
                __wasi_path_create_directory(1, "x") -> 54
                raw_proc_raise(99) -> 28
                __wasi_fd_datasync(3) -> 76
                __wasi_fd_sync(3) -> 0
                __wasi_fd_tell(3, &pos) -> 31
                __wasi_path_unlink_file(3, "temp") -> 0
                __wasi_fd_filestat_get(t, &ts) -> 0
                unlinked: filetype=4 size=3 nlink=0
                __wasi_fd_close(t) -> 0
                __wasi_fd_readdir(3, buf, sizeof buf, ~0ull, &n) -> 0
                past the end: 0 bytes
                __wasi_path_symlink("empty", 3, "dl") -> 0
                __wasi_path_filestat_get(3, 0, "dl", &st) -> 0
                dl: filetype=7
                __wasi_path_filestat_get(3, 0, "dl/.", &st) -> 0
                dl/.: filetype=3
                __wasi_path_filestat_get(3, 0, "dl/", &st) -> 0
                dl/: filetype=3
                __wasi_path_unlink_file(3, "dl") -> 0
                """, r.stdout());
        assertEquals(0, r.exitCode());
        try (Stream<Path> s = Files.walk(dir)) {
            assertEquals(List.of("", "dangling", "empty", "empty/entry-0", "empty/entry-1", "empty/entry-2",
                            "empty/entry-3", "empty/entry-4", "file.txt", "loop1", "loop2"),
                    s.map(p -> dir.relativize(p).toString()).sorted().toList());
        }
        assertEquals("0123456789", Files.readString(dir.resolve("file.txt")));
        assertEquals(Path.of("nowhere"), Files.readSymbolicLink(dir.resolve("dangling")));
    }
}
