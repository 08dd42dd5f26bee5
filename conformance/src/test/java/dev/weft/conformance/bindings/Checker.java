package dev.weft.conformance.bindings;

import dev.weft.conformance.FileResult;
import dev.weft.component.bindings.ErrorResultException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.function.Supplier;

/**
 * Counts the checks of one guest into its {@link FileResult}: one assertion per checked call. A
 * failure is reported at the line of the check in the round-trip source; an exception thrown by the
 * call (a trap, a binding error) fails that check only.
 */
public final class Checker {
    private static final StackWalker WALKER = StackWalker.getInstance();

    private final FileResult result;
    /** Calls the host side of a runner received, in order, as readable strings. */
    private final List<String> received = new ArrayList<>();

    public Checker(FileResult result) { this.result = result; }

    /**
     * Checks that {@code call} returns {@code expected}, compared by structure: arrays, lists, options
     * and records (generated ones and tuples) by content, floats by their decimal form (so -0.0 is not 0.0).
     */
    public <T> void eq(String what, T expected, Supplier<T> call) {
        int line = callerLine();
        try {
            T actual = call.get();
            if (render(expected).equals(render(actual))) {
                result.pass();
            } else {
                result.fail(line, what + ": expected " + show(expected) + " but got " + show(actual));
            }
        } catch (RuntimeException | Error e) {
            result.fail(line, what + ": threw " + e);
        }
    }

    /**
     * Checks a function whose WIT result is a {@code result}: {@code expected} is {@code ok(<value>)} or
     * {@code err(<error>)}, values rendered like {@link #render}; an err arrives as the generated exception.
     */
    public void result(String what, String expected, Callable<?> call) {
        int line = callerLine();
        String actual;
        try {
            actual = "ok(" + render(call.call()) + ")";
        } catch (ErrorResultException e) {
            actual = "err(" + render(e.error()) + ")";
        } catch (Exception | Error e) {
            result.fail(line, what + ": threw " + e);
            return;
        }
        if (actual.equals(expected)) result.pass();
        else result.fail(line, what + ": expected " + expected + " but got " + actual);
    }

    /** Checks that {@code call} completes (for functions without results, which the guest checks itself). */
    public void ok(String what, Runnable call) {
        int line = callerLine();
        try {
            call.run();
            result.pass();
        } catch (RuntimeException | Error e) {
            result.fail(line, what + ": threw " + e);
        }
    }

    /** Checks a condition computed by the caller. */
    public void that(String what, boolean condition) {
        if (condition) result.pass();
        else result.fail(callerLine(), what);
    }

    /** Notes a call the host received (for {@link #receivedExactly}). */
    public void received(String call) { received.add(call); }

    /**
     * Checks, one assertion per expected call, that the host received {@code expected} in order since the
     * last check, then forgets them. Calls are matched in order; received calls that match nothing in
     * between (e.g. an implementation invoked twice) count as one more failure, so one stray call does
     * not fail every later expectation.
     */
    public void receivedExactly(List<String> expected) {
        int line = callerLine();
        List<String> unexpected = new ArrayList<>();
        int at = 0;
        for (String want : expected) {
            int found = received.subList(at, received.size()).indexOf(want);
            if (found < 0) {
                result.fail(line, "host did not receive " + want);
                continue;
            }
            unexpected.addAll(received.subList(at, at + found));
            at += found + 1;
            result.pass();
        }
        unexpected.addAll(received.subList(at, received.size()));
        if (!unexpected.isEmpty()) result.fail(line, "host received unexpected calls " + show(unexpected));
        received.clear();
    }

    /** Records that a whole guest could not be exercised (counted as one skip) and why. */
    public void skip(String reason) {
        result.skip();
        System.out.println("  SKIP " + result.file + ": " + reason);
    }

    private static String show(Object o) {
        String s = render(o);
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    /** A structural rendering of a value of the generated bindings' types (for comparing and printing). */
    public static String render(Object o) {
        if (o instanceof byte[] b) return Arrays.toString(b);
        if (o instanceof short[] s) return Arrays.toString(s);
        if (o instanceof int[] i) return Arrays.toString(i);
        if (o instanceof long[] l) return Arrays.toString(l);
        if (o instanceof float[] f) return Arrays.toString(f);
        if (o instanceof double[] d) return Arrays.toString(d);
        if (o instanceof Object[] a) return Arrays.stream(a).map(Checker::render).collect(Collectors.joining(", ", "[", "]"));
        if (o instanceof Collection<?> c) return c.stream().map(Checker::render).collect(Collectors.joining(", ", "[", "]"));
        if (o instanceof Optional<?> opt) return opt.map(v -> "some(" + render(v) + ")").orElse("none");
        if (o instanceof Record r) {
            StringBuilder out = new StringBuilder(r.getClass().getSimpleName()).append('(');
            RecordComponent[] parts = r.getClass().getRecordComponents();
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) out.append(", ");
                try {
                    Method accessor = parts[i].getAccessor();
                    accessor.setAccessible(true);
                    out.append(render(accessor.invoke(r)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return out.append(')').toString();
        }
        return String.valueOf(o);
    }

    private static int callerLine() {
        return WALKER.walk(frames -> frames
                .filter(f -> !f.getClassName().equals(Checker.class.getName()))
                .findFirst().map(StackWalker.StackFrame::getLineNumber).orElse(0));
    }
}
