package dev.weft.component.internal.validate;

import dev.weft.component.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks the encoded bytes of a value definition against its type (Binary.md "Value Definitions"):
 * every byte must belong to exactly one well-formed value of the type.
 */
final class ValueBytes {
    private final byte[] bytes;
    private int pos;

    private ValueBytes(byte[] bytes) { this.bytes = bytes; }

    static void check(Type type, byte[] bytes) {
        ValueBytes v = new ValueBytes(bytes);
        v.value(type);
        if (v.pos != bytes.length) throw new ValidationError("value bytes do not match the length of the value's encoding");
    }

    private int u8() {
        if (pos >= bytes.length) throw new ValidationError("unexpected end of value bytes");
        return bytes[pos++] & 0xff;
    }

    /** An unsigned LEB128 of at most {@code bits} bits. */
    private long unsigned(int bits) {
        long result = 0;
        for (int shift = 0; ; shift += 7) {
            int b = u8();
            if (shift >= bits) throw new ValidationError("integer representation too long in value");
            result |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                if (bits < 64 && (result >>> bits) != 0) throw new ValidationError("integer too large in value");
                return result;
            }
        }
    }

    /** A signed LEB128 of at most {@code bits} bits. */
    private void signed(int bits) {
        long result = 0;
        int shift = 0;
        int b;
        do {
            if (shift >= bits + 6) throw new ValidationError("integer representation too long in value");
            b = u8();
            result |= (long) (b & 0x7f) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        if (shift < 64 && (b & 0x40) != 0) result |= -1L << shift;
        if (bits < 64 && (result < -(1L << (bits - 1)) || result >= (1L << (bits - 1)))) {
            throw new ValidationError("integer too large in value");
        }
    }

    private int count() {
        long n = unsigned(32);
        if (n > bytes.length - pos) throw new ValidationError("unexpected end of value bytes");
        return (int) n;
    }

    private void value(Type t) {
        switch (t) {
            case Type.Primitive p -> primitive(p);
            case Type.RecordType r -> r.fields().forEach(f -> value(f.type()));
            case Type.TupleType u -> u.types().forEach(this::value);
            case Type.VariantType v -> {
                long i = unsigned(32);
                if (i >= v.cases().size()) throw new ValidationError("invalid variant case index " + i + " in value");
                Type payload = v.cases().get((int) i).type();
                if (payload != null) value(payload);
            }
            case Type.ListType l -> {
                long n = l.fixedLength() >= 0 ? l.fixedLength() : count();
                for (long i = 0; i < n; i++) value(l.element());
            }
            case Type.MapType m -> {
                int n = count();
                for (int i = 0; i < n; i++) {
                    value(m.key());
                    value(m.value());
                }
            }
            case Type.FlagsType f -> {
                int n = (f.names().size() + 7) / 8;
                for (int i = 0; i < n; i++) {
                    int b = u8();
                    int used = Math.min(8, f.names().size() - 8 * i);
                    if (used < 8 && (b >>> used) != 0) throw new ValidationError("invalid flags value");
                }
            }
            case Type.EnumType e -> {
                if (unsigned(32) >= e.names().size()) throw new ValidationError("invalid enum case index in value");
            }
            case Type.OptionType o -> {
                if (bool()) value(o.type());
            }
            case Type.ResultType r -> {
                Type payload = bool() ? r.err() : r.ok();
                if (payload != null) value(payload);
            }
            case Type.Own o -> throw new ValidationError("handles cannot be encoded in value definitions");
            case Type.Borrow b -> throw new ValidationError("handles cannot be encoded in value definitions");
            case Type.StreamType s -> throw new ValidationError("streams cannot be encoded in value definitions");
            case Type.FutureType f -> throw new ValidationError("futures cannot be encoded in value definitions");
        }
    }

    private boolean bool() {
        int b = u8();
        if (b > 1) throw new ValidationError("invalid boolean value");
        return b == 1;
    }

    private void primitive(Type.Primitive p) {
        switch (p) {
            case BOOL -> bool();
            case S8, U8 -> u8();
            case S16 -> signed(16);
            case U16 -> unsigned(16);
            case S32 -> signed(32);
            case U32 -> unsigned(32);
            case S64 -> signed(64);
            case U64 -> unsigned(64);
            case F32 -> {
                int bits = 0;
                for (int i = 0; i < 4; i++) bits |= u8() << (8 * i);
                if (Float.isNaN(Float.intBitsToFloat(bits)) && bits != 0x7fc00000) {
                    throw new ValidationError("non-canonical NaN in value");
                }
            }
            case F64 -> {
                long bits = 0;
                for (int i = 0; i < 8; i++) bits |= (long) u8() << (8 * i);
                if (Double.isNaN(Double.longBitsToDouble(bits)) && bits != 0x7ff8000000000000L) {
                    throw new ValidationError("non-canonical NaN in value");
                }
            }
            case CHAR -> {
                int b0 = u8();
                int len = b0 < 0x80 ? 1 : b0 >= 0xf0 ? 4 : b0 >= 0xe0 ? 3 : 2;
                utf8(pos - 1, len);
                pos += len - 1;
            }
            case STRING -> {
                int n = count();
                utf8(pos, n);
                pos += n;
            }
            case ERROR_CONTEXT -> throw new ValidationError("error contexts cannot be encoded in value definitions");
        }
    }

    private void utf8(int at, int n) {
        if (n > bytes.length - at) throw new ValidationError("unexpected end of value bytes");
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, at, n));
        } catch (CharacterCodingException e) {
            throw new ValidationError("malformed UTF-8 encoding in value");
        }
    }
}
