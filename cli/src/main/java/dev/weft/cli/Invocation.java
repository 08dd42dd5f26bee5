package dev.weft.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed {@code --invoke} expression such as {@code fib(30)} or {@code "add"(1, -2)}: an export
 * name and its argument literals, still as text (they are typed against the export's signature).
 */
record Invocation(String name, List<String> args) {

    Invocation {
        args = List.copyOf(args);
    }

    static Invocation parse(String text) {
        String s = text.strip();
        int open = s.indexOf('(');
        if (open < 0) {
            if (s.isEmpty()) throw new IllegalArgumentException("empty --invoke expression");
            return new Invocation(unquote(s), List.of());
        }
        if (!s.endsWith(")")) {
            throw new IllegalArgumentException("--invoke '" + text + "': missing ')' at the end");
        }
        String name = unquote(s.substring(0, open).strip());
        if (name.isEmpty()) throw new IllegalArgumentException("--invoke '" + text + "': missing function name");
        String inner = s.substring(open + 1, s.length() - 1).strip();
        List<String> args = new ArrayList<>();
        if (!inner.isEmpty()) {
            for (String part : inner.split(",", -1)) {
                String arg = part.strip();
                if (arg.isEmpty()) throw new IllegalArgumentException("--invoke '" + text + "': empty argument");
                args.add(arg);
            }
        }
        return new Invocation(name, args);
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
