package dev.weft.conformance;

import dev.weft.engine.WasmException;
import dev.weft.engine.internal.text.wast.WastCommand;
import dev.weft.engine.internal.text.wast.WastScript;
import java.util.List;
import java.util.function.Function;

/**
 * What the core and the component script runners share: walking a script's commands, counting
 * assertions into a {@link FileResult}, and judging an expected failure by its error kind and message.
 *
 * <p>Every {@code assert_*} command is one assertion (passed or failed). Other commands (module,
 * register, plain actions) are not counted when they succeed, but a failure of one is counted as a
 * failed assertion, since the script expects it to work. An assertion only passes with the exact error
 * kind it names: an unexpected Java exception (anything that is not a documented Weft exception)
 * always fails, whatever the assertion.
 */
abstract class WastScriptRunner {
    protected final FileResult result;

    protected WastScriptRunner(FileResult result) { this.result = result; }

    /** Runs one command; a Weft exception it does not expect propagates and fails the command. */
    protected abstract void execute(WastCommand command);

    /** Whether an error's reason satisfies the message a script expects. */
    protected abstract boolean messageMatches(String expected, String actual);

    final void run(String source) {
        List<WastCommand> commands;
        try {
            commands = WastScript.parse(source, result.file);
        } catch (RuntimeException e) {
            result.fail(0, "script does not parse: " + e);
            return;
        }
        for (WastCommand c : commands) {
            if (Thread.currentThread().isInterrupted()) {
                result.fail(c.line(), "stopped: the file ran out of time");
                return;
            }
            try {
                execute(c);
            } catch (WasmException e) {
                result.fail(c.line(), describe(c) + ": unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                result.fail(c.line(), describe(c) + ": raw Java exception " + e);
            }
        }
    }

    /**
     * One assertion: {@code action} must fail with {@code kind}, whose reason (read by {@code reason})
     * matches {@code message}. Any other exception propagates to {@link #run} and fails the command.
     */
    protected final <E extends WasmException> void expectFailure(WastCommand c, Class<E> kind, String message,
            Function<E, String> reason, Runnable action) {
        try {
            action.run();
        } catch (WasmException e) {
            if (!kind.isInstance(e)) throw e;
            checkMessage(c, message, reason.apply(kind.cast(e)));
            return;
        }
        result.fail(c.line(), "expected " + kind.getSimpleName() + " \"" + message + "\", but " + describe(c) + " succeeded");
    }

    protected final void checkMessage(WastCommand c, String expected, String actual) {
        if (actual != null && messageMatches(expected, actual)) {
            result.pass();
        } else {
            result.fail(c.line(), "right error kind, but message \"" + actual + "\" instead of \"" + expected + "\"");
        }
    }

    protected static String describe(WastCommand c) {
        String kind = c.getClass().getSimpleName();
        return switch (c) {
            case WastCommand.AssertReturn ar -> kind + " " + ar.action().name();
            case WastCommand.AssertTrap at -> kind + " " + at.action().name();
            case WastCommand.Action a -> kind + " " + a.action().name();
            default -> kind;
        };
    }
}
