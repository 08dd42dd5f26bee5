package dev.weft.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What {@link SideBySide} runs and where the report goes, from its {@code --name value} arguments. */
record RunSettings(
        List<Kernel> kernels,
        List<Contender> engines,
        int warmup,
        int iterations,
        int seconds,
        int forks,
        Path out) {

    static final String USAGE = """
            usage: SideBySide [--kernels hash,fib] [--engines weft,endive] [--warmup 5] [--iterations 5]
                              [--seconds 1] [--forks 1] [--out DIR]""";

    /**
     * Parses the arguments; anything not given takes the default (all kernels and engines, 5 warmup
     * and 5 measured iterations of 1 s, one fork, output to {@code bench/target} when run from the
     * repository root, else {@code target}).
     */
    static RunSettings parse(String[] args, Path workingDir) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got: " + String.join(" ", args));
            }
            if (opts.put(args[i].substring(2), args[i + 1]) != null) {
                throw new IllegalArgumentException("option given twice: " + args[i]);
            }
        }
        List<Kernel> kernels = opts.containsKey("kernels")
                ? Arrays.stream(opts.remove("kernels").split(",")).map(Kernel::byId).toList()
                : List.of(Kernel.values());
        List<Contender> engines = opts.containsKey("engines")
                ? Arrays.stream(opts.remove("engines").split(",")).map(Contender::byId).toList()
                : List.of(Contender.values());
        int warmup = count(opts, "warmup", 5, 0);
        int iterations = count(opts, "iterations", 5, 1);
        int seconds = count(opts, "seconds", 1, 1);
        int forks = count(opts, "forks", 1, 0);
        String defaultOut = Files.isDirectory(workingDir.resolve("bench")) ? "bench/target" : "target";
        Path out = workingDir.resolve(opts.getOrDefault("out", defaultOut));
        opts.remove("out");
        if (!opts.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s): " + opts.keySet());
        }
        return new RunSettings(kernels, engines, warmup, iterations, seconds, forks, out);
    }

    private static int count(Map<String, String> opts, String name, int defaultValue, int min) {
        String value = opts.remove(name);
        int n = value == null ? defaultValue : Integer.parseInt(value);
        if (n < min) {
            throw new IllegalArgumentException("--" + name + " must be at least " + min + ", got " + n);
        }
        return n;
    }
}
