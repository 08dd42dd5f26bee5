package dev.weft.bench;

/**
 * One benchmark result: average milliseconds per {@code run(n)} call, JMH's 99.9% error on it, and the
 * fastest measured iteration's average (less sensitive to other work on the machine).
 */
public record Score(Kernel kernel, Contender engine, double msPerOp, double error, double bestMsPerOp) {}
