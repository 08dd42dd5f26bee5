package dev.weft.component.internal.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.component.Type;
import dev.weft.component.Type.Primitive;
import dev.weft.component.Val;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A seeded random harness: random value types and values go through whole signatures (flat and
 * spilled, params and results, both memory widths, every encoding) and through a
 * component-to-component transfer, and must come back unchanged.
 */
class RandomRoundTripTest {
    private static final Primitive[] PRIMITIVES = {
        Primitive.BOOL, Primitive.S8, Primitive.U8, Primitive.S16, Primitive.U16, Primitive.S32, Primitive.U32,
        Primitive.S64, Primitive.U64, Primitive.F32, Primitive.F64, Primitive.CHAR, Primitive.STRING
    };
    private static final String[] PIECES = {"a", "Z", "é", "ÿ", "Ā", "☃", "\uD83C\uDF70", " ", "\u0000", "\u00ad"};

    private final Random random = new Random(20261121);

    Type type(int depth) {
        int kind = depth <= 0 ? 0 : random.nextInt(11);
        return switch (kind) {
            case 0, 1, 2 -> PRIMITIVES[random.nextInt(PRIMITIVES.length)];
            case 3 -> Type.ListType.of(type(depth - 1));
            case 4 -> new Type.ListType(type(depth - 1), 1 + random.nextInt(3));
            case 5 -> {
                List<Type.Field> fields = new ArrayList<>();
                for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) fields.add(new Type.Field("f" + i, type(depth - 1)));
                yield new Type.RecordType(fields);
            }
            case 6 -> {
                List<Type> types = new ArrayList<>();
                for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) types.add(type(depth - 1));
                yield new Type.TupleType(types);
            }
            case 7 -> {
                List<Type.Case> cases = new ArrayList<>();
                for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                    cases.add(new Type.Case("c" + i, random.nextInt(4) == 0 ? null : type(depth - 1)));
                }
                yield new Type.VariantType(cases);
            }
            case 8 -> random.nextBoolean() ? new Type.OptionType(type(depth - 1)) : LayoutTest.enumOf(1 + random.nextInt(5));
            case 9 -> new Type.ResultType(random.nextInt(3) == 0 ? null : type(depth - 1),
                    random.nextInt(3) == 0 ? null : type(depth - 1));
            default -> LayoutTest.flags(1 + random.nextInt(32));
        };
    }

    Val value(Type t) {
        return switch (t) {
            case Type.Primitive p -> switch (p) {
                case BOOL -> new Val.Bool(random.nextBoolean());
                case S8 -> new Val.S8((byte) random.nextInt());
                case U8 -> new Val.U8((byte) random.nextInt());
                case S16 -> new Val.S16((short) random.nextInt());
                case U16 -> new Val.U16((short) random.nextInt());
                case S32 -> new Val.S32(random.nextInt());
                case U32 -> new Val.U32(random.nextInt());
                case S64 -> new Val.S64(random.nextLong());
                case U64 -> new Val.U64(random.nextLong());
                case F32 -> new Val.F32(random.nextInt(8) == 0 ? Float.NaN : Float.intBitsToFloat(random.nextInt() & 0x7f7fffff));
                case F64 -> new Val.F64(random.nextInt(8) == 0 ? Double.NaN : random.nextGaussian() * 1e10);
                case CHAR -> {
                    int c;
                    do c = random.nextInt(0x110000); while (c >= 0xD800 && c <= 0xDFFF);
                    yield new Val.Char(c);
                }
                case STRING -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0, n = random.nextInt(6); i < n; i++) sb.append(PIECES[random.nextInt(PIECES.length)]);
                    yield new Val.Str(sb.toString());
                }
                case ERROR_CONTEXT -> throw new AssertionError();
            };
            case Type.ListType l -> {
                List<Val> out = new ArrayList<>();
                int n = l.fixedLength() >= 0 ? l.fixedLength() : random.nextInt(4);
                for (int i = 0; i < n; i++) out.add(value(l.element()));
                yield new Val.ListVal(out);
            }
            case Type.RecordType r -> {
                List<Val.NamedVal> fields = new ArrayList<>();
                for (Type.Field f : r.fields()) fields.add(new Val.NamedVal(f.name(), value(f.type())));
                yield new Val.RecordVal(fields);
            }
            case Type.TupleType tu -> {
                List<Val> out = new ArrayList<>();
                for (Type e : tu.types()) out.add(value(e));
                yield new Val.TupleVal(out);
            }
            case Type.VariantType v -> {
                Type.Case c = v.cases().get(random.nextInt(v.cases().size()));
                yield new Val.VariantVal(c.name(), c.type() == null ? null : value(c.type()));
            }
            case Type.EnumType e -> new Val.EnumVal(e.names().get(random.nextInt(e.names().size())));
            case Type.OptionType o -> new Val.OptionVal(random.nextBoolean() ? null : value(o.type()));
            case Type.ResultType r -> {
                boolean ok = random.nextBoolean();
                Type side = ok ? r.ok() : r.err();
                yield new Val.ResultVal(ok, side == null ? null : value(side));
            }
            case Type.FlagsType f -> {
                Set<String> on = new HashSet<>();
                for (String name : f.names()) if (random.nextBoolean()) on.add(name);
                yield new Val.FlagsVal(on);
            }
            default -> throw new AssertionError(t);
        };
    }

    /** NaNs come back canonical; everything else bit for bit. */
    static Val canonical(Val v) {
        return switch (v) {
            case Val.F32 f -> new Val.F32(Floats.canonicalize(f.value()));
            case Val.F64 d -> new Val.F64(Floats.canonicalize(d.value()));
            case Val.ListVal l -> new Val.ListVal(l.elements().stream().map(RandomRoundTripTest::canonical).toList());
            case Val.TupleVal t -> new Val.TupleVal(t.elements().stream().map(RandomRoundTripTest::canonical).toList());
            case Val.RecordVal r -> new Val.RecordVal(r.fields().stream()
                    .map(f -> new Val.NamedVal(f.name(), canonical(f.value()))).toList());
            case Val.VariantVal x -> new Val.VariantVal(x.caseName(), x.payload() == null ? null : canonical(x.payload()));
            case Val.OptionVal o -> new Val.OptionVal(o.value() == null ? null : canonical(o.value()));
            case Val.ResultVal r -> new Val.ResultVal(r.isOk(), r.payload() == null ? null : canonical(r.payload()));
            default -> v;
        };
    }

    @Test
    void randomSignaturesRoundTrip() {
        StringEncoding[] encodings = StringEncoding.values();
        for (int round = 0; round < 400; round++) {
            List<Type> types = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(round % 4 == 0 ? 12 : 3); i < n; i++) types.add(type(3));
            List<Val> values = new ArrayList<>();
            for (Type t : types) values.add(value(t));
            List<Val> expected = values.stream().map(RandomRoundTripTest::canonical).toList();
            boolean memory64 = round % 3 == 0;
            StringEncoding encoding = encodings[round % encodings.length];
            String where = "round " + round + " " + types;

            TestHeap heap = new TestHeap(memory64);
            AbiContext cx = heap.context(encoding, Peer.HOST);
            FuncSignature params = new FuncSignature(types, List.of());
            assertEquals(expected, Abi.liftParams(cx, params, Abi.lowerParams(cx, params, values)), where);

            FuncSignature results = new FuncSignature(List.of(), types);
            Object[] outPtr = {memory64 ? (Object) 32768L : (Object) 32768};
            Object[] core = Abi.lowerResults(cx, results, values, outPtr);
            assertEquals(expected, Abi.liftResults(cx, results, results.resultsSpilled(cx.ptrSize()) ? outPtr : core), where);

            // component to component: lift from this memory, lower into another with another encoding
            StringOrigins origins = new StringOrigins();
            Object[] callerArgs = Abi.lowerParams(cx, params, values);
            List<Val> lifted = Abi.liftParams(new AbiContext(heap.options(encoding), null, null, Peer.COMPONENT, origins), params, callerArgs);
            TestHeap callee = new TestHeap(!memory64);
            AbiContext calleeCx = new AbiContext(callee.options(encodings[(round + 1) % encodings.length]), null, null,
                    Peer.COMPONENT, origins);
            Object[] calleeArgs = Abi.lowerParams(calleeCx, params, lifted);
            assertEquals(expected, Abi.liftParams(calleeCx, params, calleeArgs), where);
        }
    }
}
