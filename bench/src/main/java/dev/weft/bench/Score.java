package dev.weft.bench;

/** One benchmark result: average milliseconds per {@code run(n)} call and JMH's 99.9% error. */
public record Score(Kernel kernel, Contender engine, double msPerOp, double error) {}
