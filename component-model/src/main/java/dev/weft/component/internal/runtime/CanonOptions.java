package dev.weft.component.internal.runtime;

import dev.weft.component.internal.abi.CanonicalOptions;
import dev.weft.component.internal.abi.StringEncoding;
import dev.weft.component.internal.model.CanonOption;
import dev.weft.component.internal.model.Sort;
import dev.weft.engine.Func;
import dev.weft.engine.Memory;

import java.util.List;

/** Turns the {@code canonopt}s of a lift or lower into the ABI's options, resolving their indices. */
final class CanonOptions {
    private CanonOptions() {}

    static CanonicalOptions resolve(Frame frame, List<CanonOption> options) {
        Memory memory = null;
        Func realloc = null;
        Func postReturn = null;
        StringEncoding encoding = StringEncoding.UTF8;
        for (CanonOption o : options) {
            switch (o) {
                case CanonOption.Memory m -> memory = (Memory) frame.get(Sort.CORE_MEMORY, m.coreMemory());
                case CanonOption.Realloc r -> realloc = (Func) frame.get(Sort.CORE_FUNC, r.coreFunc());
                case CanonOption.PostReturn p -> postReturn = (Func) frame.get(Sort.CORE_FUNC, p.coreFunc());
                case CanonOption.StringEncoding s -> encoding = switch (s.encoding()) {
                    case UTF8 -> StringEncoding.UTF8;
                    case UTF16 -> StringEncoding.UTF16;
                    case LATIN1_UTF16 -> StringEncoding.LATIN1_UTF16;
                };
                case CanonOption.Async a -> { }
                case CanonOption.Callback c -> { }
            }
        }
        return new CanonicalOptions(memory, realloc, postReturn, encoding);
    }

    /** True if the options ask for the async ABI. */
    static boolean async(List<CanonOption> options) {
        for (CanonOption o : options) {
            if (o instanceof CanonOption.Async) return true;
        }
        return false;
    }

    /** The callback of an async lift (the event-loop form of async exports), or null. */
    static Func callback(Frame frame, List<CanonOption> options) {
        for (CanonOption o : options) {
            if (o instanceof CanonOption.Callback c) return (Func) frame.get(Sort.CORE_FUNC, c.coreFunc());
        }
        return null;
    }
}
