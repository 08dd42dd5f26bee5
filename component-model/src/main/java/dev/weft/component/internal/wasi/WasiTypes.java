package dev.weft.component.internal.wasi;

import dev.weft.component.ResourceType;
import dev.weft.component.Type;
import dev.weft.component.Type.Case;
import dev.weft.component.Type.Field;

import java.util.List;

/**
 * The WASI 0.2 types as the component model sees them, spelled exactly as the WIT declares them
 * (imports are matched structurally). Resource types are fresh per host, as each host is its own
 * set of resources.
 */
final class WasiTypes {
    static final Type U64 = Type.Primitive.U64;
    static final Type STRING = Type.Primitive.STRING;
    static final Type BYTES = Type.ListType.of(Type.Primitive.U8);
    static final Type DATETIME = new Type.RecordType(List.of(
            new Field("seconds", U64), new Field("nanoseconds", Type.Primitive.U32)));
    static final Type DESCRIPTOR_TYPE = new Type.EnumType(List.of("unknown", "block-device", "character-device",
            "directory", "fifo", "symbolic-link", "regular-file", "socket"));
    static final Type DESCRIPTOR_FLAGS = new Type.FlagsType(List.of("read", "write", "file-integrity-sync",
            "data-integrity-sync", "requested-write-sync", "mutate-directory"));
    static final Type PATH_FLAGS = new Type.FlagsType(List.of("symlink-follow"));
    static final Type OPEN_FLAGS = new Type.FlagsType(List.of("create", "directory", "exclusive", "truncate"));
    static final Type DESCRIPTOR_STAT = new Type.RecordType(List.of(
            new Field("type", DESCRIPTOR_TYPE), new Field("link-count", U64), new Field("size", U64),
            new Field("data-access-timestamp", new Type.OptionType(DATETIME)),
            new Field("data-modification-timestamp", new Type.OptionType(DATETIME)),
            new Field("status-change-timestamp", new Type.OptionType(DATETIME))));
    static final Type NEW_TIMESTAMP = new Type.VariantType(List.of(
            new Case("no-change", null), new Case("now", null), new Case("timestamp", DATETIME)));
    static final Type DIRECTORY_ENTRY = new Type.RecordType(List.of(
            new Field("type", DESCRIPTOR_TYPE), new Field("name", STRING)));
    static final Type ERROR_CODE = new Type.EnumType(ErrorCodes.NAMES);
    static final Type ADVICE = new Type.EnumType(List.of("normal", "sequential", "random", "will-need", "dont-need",
            "no-reuse"));
    static final Type METADATA_HASH_VALUE = new Type.RecordType(List.of(new Field("lower", U64),
            new Field("upper", U64)));

    final ResourceType error = ResourceType.host("error");
    final ResourceType pollable = ResourceType.host("pollable");
    final ResourceType inputStream = ResourceType.host("input-stream");
    final ResourceType outputStream = ResourceType.host("output-stream");
    final ResourceType descriptor = ResourceType.host("descriptor");
    final ResourceType directoryEntryStream = ResourceType.host("directory-entry-stream");
    final ResourceType terminalInput = ResourceType.host("terminal-input");
    final ResourceType terminalOutput = ResourceType.host("terminal-output");

    final Type streamError = new Type.VariantType(List.of(
            new Case("last-operation-failed", new Type.Own(error)), new Case("closed", null)));

    /** The resource {@code name} of granted interface {@code iface} (unversioned), or null. */
    ResourceType granted(String iface, String name) {
        return switch (iface + "#" + name) {
            case "wasi:io/error#error" -> error;
            case "wasi:io/poll#pollable" -> pollable;
            case "wasi:io/streams#input-stream" -> inputStream;
            case "wasi:io/streams#output-stream" -> outputStream;
            case "wasi:filesystem/types#descriptor" -> descriptor;
            case "wasi:filesystem/types#directory-entry-stream" -> directoryEntryStream;
            case "wasi:cli/terminal-input#terminal-input" -> terminalInput;
            case "wasi:cli/terminal-output#terminal-output" -> terminalOutput;
            default -> null;
        };
    }

    /** {@code result<T, stream-error>}. */
    Type streamResult(Type ok) { return new Type.ResultType(ok, streamError); }

    /** {@code result<T, error-code>}. */
    static Type fsResult(Type ok) { return new Type.ResultType(ok, ERROR_CODE); }
}
