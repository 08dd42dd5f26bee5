package dev.weft.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Scores arranged by kernel and engine, with each engine's speedup over the peer it is measured
 * against (Endive): peer ms/op divided by the engine's ms/op, so above 1 means faster than Endive.
 */
public final class Comparison {

    /** The engine every other engine is compared with. */
    public static final Contender PEER = Contender.ENDIVE;

    private final Map<Kernel, Map<Contender, Score>> scores = new EnumMap<>(Kernel.class);

    public Comparison(List<Score> results) {
        for (Score s : results) {
            scores.computeIfAbsent(s.kernel(), k -> new EnumMap<>(Contender.class)).put(s.engine(), s);
        }
    }

    /** Kernels with at least one score, in declaration order. */
    public List<Kernel> kernels() {
        return List.copyOf(scores.keySet());
    }

    /** Engines with at least one score, in declaration order. */
    public List<Contender> engines() {
        List<Contender> present = new ArrayList<>();
        for (Contender e : Contender.values()) {
            if (scores.values().stream().anyMatch(m -> m.containsKey(e))) {
                present.add(e);
            }
        }
        return present;
    }

    /** Engines that get a speedup column: every measured engine except the peer, if it was measured. */
    public List<Contender> subjects() {
        List<Contender> engines = engines();
        if (!engines.contains(PEER)) {
            return List.of();
        }
        return engines.stream().filter(e -> e != PEER).toList();
    }

    public Optional<Score> score(Kernel kernel, Contender engine) {
        return Optional.ofNullable(scores.getOrDefault(kernel, Map.of()).get(engine));
    }

    /** Peer ms/op over this engine's ms/op for one kernel, if both were measured. */
    public OptionalDouble speedup(Kernel kernel, Contender engine) {
        return ratio(kernel, engine, Score::msPerOp);
    }

    /** Like {@link #speedup}, from each engine's fastest measured iteration. */
    public OptionalDouble bestSpeedup(Kernel kernel, Contender engine) {
        return ratio(kernel, engine, Score::bestMsPerOp);
    }

    /** Geometric mean of {@link #speedup} over the kernels where it exists. */
    public OptionalDouble geomeanSpeedup(Contender engine) {
        return geomean(k -> speedup(k, engine));
    }

    /** Geometric mean of {@link #bestSpeedup} over the kernels where it exists. */
    public OptionalDouble geomeanBestSpeedup(Contender engine) {
        return geomean(k -> bestSpeedup(k, engine));
    }

    private OptionalDouble ratio(Kernel kernel, Contender engine, ToDoubleFunction<Score> time) {
        Optional<Score> mine = score(kernel, engine);
        Optional<Score> peer = score(kernel, PEER);
        if (mine.isEmpty() || peer.isEmpty() || !(time.applyAsDouble(mine.get()) > 0)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(time.applyAsDouble(peer.get()) / time.applyAsDouble(mine.get()));
    }

    private OptionalDouble geomean(Function<Kernel, OptionalDouble> ratios) {
        double logSum = 0;
        int count = 0;
        for (Kernel k : kernels()) {
            OptionalDouble r = ratios.apply(k);
            if (r.isPresent()) {
                logSum += Math.log(r.getAsDouble());
                count++;
            }
        }
        return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.exp(logSum / count));
    }
}
