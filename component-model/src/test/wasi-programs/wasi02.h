/*
 * Hand-written canonical-ABI imports of WASI 0.2.12 (wasi:cli, wasi:io, wasi:clocks, wasi:random,
 * wasi:filesystem) for programs that call the 0.2 interfaces directly, without libc's preview1 layer.
 * Handles are i32; results with more than one flat value come back through a return area whose
 * layout is described by the structs below (canonical ABI: fields at their natural alignment).
 */
#ifndef WASI02_H
#define WASI02_H
#include <stdint.h>
#include <stddef.h>

#define IMPORT(module, name) __attribute__((import_module(module), import_name(name)))
#define CLI(i) "wasi:cli/" i "@0.2.12"
#define IO(i) "wasi:io/" i "@0.2.12"
#define CLOCKS(i) "wasi:clocks/" i "@0.2.12"
#define RANDOM(i) "wasi:random/" i "@0.2.12"
#define FS "wasi:filesystem/types@0.2.12"

typedef struct { char *ptr; size_t len; } str_t;
typedef struct { uint8_t *ptr; size_t len; } bytes_t;
typedef struct { uint64_t seconds; uint32_t nanoseconds; } datetime_t;

typedef struct { str_t *ptr; size_t len; } strs_t;          /* list<string> */
typedef struct { str_t *ptr; size_t len; } str_pairs_t;     /* list<tuple<string, string>>: 2 strings each */
typedef struct { uint32_t *ptr; size_t len; } u32s_t;       /* list<u32> */
typedef struct { uint8_t is_some; str_t s; } opt_str_t;     /* option<string> */
typedef struct { uint64_t a, b; } u64_pair_t;               /* tuple<u64, u64> */

/* result<_, error-code>, result<enum-or-flags, error-code>, option<error-code> */
typedef struct { uint8_t is_err; uint8_t val; } res_u8_t;
/* result<handle, error-code> */
typedef struct { uint8_t is_err; uint32_t val; } res_u32_t;
/* result<u64, error-code> */
typedef struct { uint8_t is_err; uint64_t val; } res_u64_t;
/* result<string, error-code> */
typedef struct { uint8_t is_err; union { str_t ok; uint8_t err; } u; } res_str_t;
/* result<tuple<list<u8>, bool>, error-code> */
typedef struct { uint8_t is_err; union { struct { bytes_t data; uint8_t end; } ok; uint8_t err; } u; } res_read_t;
typedef struct { uint8_t is_some; datetime_t t; } opt_datetime_t;
typedef struct {
    uint8_t type; uint64_t link_count; uint64_t size;
    opt_datetime_t atime, mtime, ctime;
} stat_t;
typedef struct { uint8_t is_err; union { stat_t ok; uint8_t err; } u; } res_stat_t;
typedef struct { uint8_t is_err; union { struct { uint64_t lower, upper; } ok; uint8_t err; } u; } res_hash_t;
/* result<option<directory-entry>, error-code> */
typedef struct { uint8_t is_err; union { struct { uint8_t is_some; struct { uint8_t type; str_t name; } e; } ok; uint8_t err; } u; } res_dirent_t;

/* stream-error: closed, or last-operation-failed(error) */
typedef struct { uint8_t tag; uint32_t error; } stream_error_t;
enum { STREAM_FAILED = 0, STREAM_CLOSED = 1 };
/* result<list<u8>, stream-error> */
typedef struct { uint8_t is_err; union { bytes_t ok; stream_error_t err; } u; } sres_bytes_t;
/* result<u64, stream-error> */
typedef struct { uint8_t is_err; union { uint64_t ok; stream_error_t err; } u; } sres_u64_t;
/* result<_, stream-error> */
typedef struct { uint8_t is_err; stream_error_t err; } sres_unit_t;

/* new-timestamp */
enum { TS_NO_CHANGE = 0, TS_NOW = 1, TS_TIMESTAMP = 2 };
/* descriptor-flags, path-flags, open-flags */
enum { D_READ = 1, D_WRITE = 2, D_FILE_SYNC = 4, D_DATA_SYNC = 8, D_REQ_SYNC = 16, D_MUTATE_DIR = 32 };
enum { P_SYMLINK_FOLLOW = 1 };
enum { O_CREATE_ = 1, O_DIRECTORY_ = 2, O_EXCLUSIVE_ = 4, O_TRUNCATE_ = 8 };

/* wasi:cli */
IMPORT(CLI("environment"), "get-environment") void env_get_environment(str_pairs_t *ret);
IMPORT(CLI("environment"), "get-arguments") void env_get_arguments(strs_t *ret);
IMPORT(CLI("environment"), "initial-cwd") void env_initial_cwd(opt_str_t *ret);
IMPORT(CLI("exit"), "exit") _Noreturn void cli_exit(int32_t is_err);
IMPORT(CLI("exit"), "exit-with-code") _Noreturn void cli_exit_with_code(int32_t code);
IMPORT(CLI("stdin"), "get-stdin") int32_t cli_get_stdin(void);
IMPORT(CLI("stdout"), "get-stdout") int32_t cli_get_stdout(void);
IMPORT(CLI("stderr"), "get-stderr") int32_t cli_get_stderr(void);
typedef struct { uint8_t is_some; int32_t handle; } opt_handle_t;
IMPORT(CLI("terminal-stdin"), "get-terminal-stdin") void cli_get_terminal_stdin(opt_handle_t *ret);
IMPORT(CLI("terminal-stdout"), "get-terminal-stdout") void cli_get_terminal_stdout(opt_handle_t *ret);
IMPORT(CLI("terminal-stderr"), "get-terminal-stderr") void cli_get_terminal_stderr(opt_handle_t *ret);
IMPORT(CLI("terminal-input"), "[resource-drop]terminal-input") void drop_terminal_input(int32_t h);
IMPORT(CLI("terminal-output"), "[resource-drop]terminal-output") void drop_terminal_output(int32_t h);

/* wasi:io */
IMPORT(IO("error"), "[method]error.to-debug-string") void error_to_debug_string(int32_t self, str_t *ret);
IMPORT(IO("error"), "[resource-drop]error") void drop_error(int32_t h);
IMPORT(IO("poll"), "[method]pollable.ready") int32_t pollable_ready(int32_t self);
IMPORT(IO("poll"), "[method]pollable.block") void pollable_block(int32_t self);
IMPORT(IO("poll"), "poll") void poll_list(const int32_t *ptr, size_t len, u32s_t *ret);
IMPORT(IO("poll"), "[resource-drop]pollable") void drop_pollable(int32_t h);
IMPORT(IO("streams"), "[method]input-stream.read") void in_read(int32_t self, uint64_t len, sres_bytes_t *ret);
IMPORT(IO("streams"), "[method]input-stream.blocking-read") void in_blocking_read(int32_t self, uint64_t len, sres_bytes_t *ret);
IMPORT(IO("streams"), "[method]input-stream.skip") void in_skip(int32_t self, uint64_t len, sres_u64_t *ret);
IMPORT(IO("streams"), "[method]input-stream.blocking-skip") void in_blocking_skip(int32_t self, uint64_t len, sres_u64_t *ret);
IMPORT(IO("streams"), "[method]input-stream.subscribe") int32_t in_subscribe(int32_t self);
IMPORT(IO("streams"), "[resource-drop]input-stream") void drop_input_stream(int32_t h);
IMPORT(IO("streams"), "[method]output-stream.check-write") void out_check_write(int32_t self, sres_u64_t *ret);
IMPORT(IO("streams"), "[method]output-stream.write") void out_write(int32_t self, const void *p, size_t n, sres_unit_t *ret);
IMPORT(IO("streams"), "[method]output-stream.blocking-write-and-flush") void out_blocking_write_and_flush(int32_t self, const void *p, size_t n, sres_unit_t *ret);
IMPORT(IO("streams"), "[method]output-stream.flush") void out_flush(int32_t self, sres_unit_t *ret);
IMPORT(IO("streams"), "[method]output-stream.blocking-flush") void out_blocking_flush(int32_t self, sres_unit_t *ret);
IMPORT(IO("streams"), "[method]output-stream.subscribe") int32_t out_subscribe(int32_t self);
IMPORT(IO("streams"), "[method]output-stream.write-zeroes") void out_write_zeroes(int32_t self, uint64_t n, sres_unit_t *ret);
IMPORT(IO("streams"), "[method]output-stream.blocking-write-zeroes-and-flush") void out_blocking_write_zeroes_and_flush(int32_t self, uint64_t n, sres_unit_t *ret);
IMPORT(IO("streams"), "[method]output-stream.splice") void out_splice(int32_t self, int32_t src, uint64_t len, sres_u64_t *ret);
IMPORT(IO("streams"), "[method]output-stream.blocking-splice") void out_blocking_splice(int32_t self, int32_t src, uint64_t len, sres_u64_t *ret);
IMPORT(IO("streams"), "[resource-drop]output-stream") void drop_output_stream(int32_t h);

/* wasi:clocks */
IMPORT(CLOCKS("monotonic-clock"), "now") uint64_t mono_now(void);
IMPORT(CLOCKS("monotonic-clock"), "resolution") uint64_t mono_resolution(void);
IMPORT(CLOCKS("monotonic-clock"), "subscribe-instant") int32_t mono_subscribe_instant(uint64_t when);
IMPORT(CLOCKS("monotonic-clock"), "subscribe-duration") int32_t mono_subscribe_duration(uint64_t d);
IMPORT(CLOCKS("wall-clock"), "now") void wall_now(datetime_t *ret);
IMPORT(CLOCKS("wall-clock"), "resolution") void wall_resolution(datetime_t *ret);

/* wasi:random */
IMPORT(RANDOM("random"), "get-random-bytes") void random_bytes(uint64_t len, bytes_t *ret);
IMPORT(RANDOM("random"), "get-random-u64") uint64_t random_u64(void);
IMPORT(RANDOM("insecure"), "get-insecure-random-bytes") void insecure_bytes(uint64_t len, bytes_t *ret);
IMPORT(RANDOM("insecure"), "get-insecure-random-u64") uint64_t insecure_u64(void);
IMPORT(RANDOM("insecure-seed"), "insecure-seed") void insecure_seed(u64_pair_t *ret);

/* wasi:filesystem */
typedef struct { int32_t descriptor; str_t path; } preopen_t;
typedef struct { preopen_t *ptr; size_t len; } preopens_t;
IMPORT("wasi:filesystem/preopens@0.2.12", "get-directories") void fs_get_directories(preopens_t *ret);
IMPORT(FS, "[method]descriptor.read-via-stream") void d_read_via_stream(int32_t self, uint64_t off, res_u32_t *ret);
IMPORT(FS, "[method]descriptor.write-via-stream") void d_write_via_stream(int32_t self, uint64_t off, res_u32_t *ret);
IMPORT(FS, "[method]descriptor.append-via-stream") void d_append_via_stream(int32_t self, res_u32_t *ret);
IMPORT(FS, "[method]descriptor.advise") void d_advise(int32_t self, uint64_t off, uint64_t len, int32_t advice, res_u8_t *ret);
IMPORT(FS, "[method]descriptor.sync-data") void d_sync_data(int32_t self, res_u8_t *ret);
IMPORT(FS, "[method]descriptor.get-flags") void d_get_flags(int32_t self, res_u8_t *ret);
IMPORT(FS, "[method]descriptor.get-type") void d_get_type(int32_t self, res_u8_t *ret);
IMPORT(FS, "[method]descriptor.set-size") void d_set_size(int32_t self, uint64_t size, res_u8_t *ret);
IMPORT(FS, "[method]descriptor.set-times") void d_set_times(int32_t self, int32_t atag, uint64_t as, uint32_t an,
        int32_t mtag, uint64_t ms, uint32_t mn, res_u8_t *ret);
IMPORT(FS, "[method]descriptor.read") void d_read(int32_t self, uint64_t len, uint64_t off, res_read_t *ret);
IMPORT(FS, "[method]descriptor.write") void d_write(int32_t self, const void *p, size_t n, uint64_t off, res_u64_t *ret);
IMPORT(FS, "[method]descriptor.read-directory") void d_read_directory(int32_t self, res_u32_t *ret);
IMPORT(FS, "[method]descriptor.sync") void d_sync(int32_t self, res_u8_t *ret);
IMPORT(FS, "[method]descriptor.create-directory-at") void d_create_directory_at(int32_t self, const char *p, size_t n, res_u8_t *ret);
IMPORT(FS, "[method]descriptor.stat") void d_stat(int32_t self, res_stat_t *ret);
IMPORT(FS, "[method]descriptor.stat-at") void d_stat_at(int32_t self, int32_t pf, const char *p, size_t n, res_stat_t *ret);
IMPORT(FS, "[method]descriptor.set-times-at") void d_set_times_at(int32_t self, int32_t pf, const char *p, size_t n,
        int32_t atag, uint64_t as, uint32_t an, int32_t mtag, uint64_t ms, uint32_t mn, res_u8_t *ret);
IMPORT(FS, "[method]descriptor.link-at") void d_link_at(int32_t self, int32_t pf, const char *p, size_t n,
        int32_t to, const char *q, size_t m, res_u8_t *ret);
IMPORT(FS, "[method]descriptor.open-at") void d_open_at(int32_t self, int32_t pf, const char *p, size_t n,
        int32_t oflags, int32_t dflags, res_u32_t *ret);
IMPORT(FS, "[method]descriptor.readlink-at") void d_readlink_at(int32_t self, const char *p, size_t n, res_str_t *ret);
IMPORT(FS, "[method]descriptor.remove-directory-at") void d_remove_directory_at(int32_t self, const char *p, size_t n, res_u8_t *ret);
IMPORT(FS, "[method]descriptor.rename-at") void d_rename_at(int32_t self, const char *p, size_t n, int32_t to,
        const char *q, size_t m, res_u8_t *ret);
IMPORT(FS, "[method]descriptor.symlink-at") void d_symlink_at(int32_t self, const char *target, size_t tn,
        const char *p, size_t n, res_u8_t *ret);
IMPORT(FS, "[method]descriptor.unlink-file-at") void d_unlink_file_at(int32_t self, const char *p, size_t n, res_u8_t *ret);
IMPORT(FS, "[method]descriptor.is-same-object") int32_t d_is_same_object(int32_t self, int32_t other);
IMPORT(FS, "[method]descriptor.metadata-hash") void d_metadata_hash(int32_t self, res_hash_t *ret);
IMPORT(FS, "[method]descriptor.metadata-hash-at") void d_metadata_hash_at(int32_t self, int32_t pf, const char *p, size_t n, res_hash_t *ret);
IMPORT(FS, "[method]directory-entry-stream.read-directory-entry") void des_read_directory_entry(int32_t self, res_dirent_t *ret);
IMPORT(FS, "filesystem-error-code") void fs_error_code(int32_t err, res_u8_t *ret);
IMPORT(FS, "[resource-drop]descriptor") void drop_descriptor(int32_t h);
IMPORT(FS, "[resource-drop]directory-entry-stream") void drop_directory_entry_stream(int32_t h);

#endif
