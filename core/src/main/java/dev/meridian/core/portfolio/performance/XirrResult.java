package dev.meridian.core.portfolio.performance;

/** Outcome of {@link Xirr}: an annual rate, or why there is none. */
public sealed interface XirrResult {

    /** {@code rate} is annual, as a fraction (0.05 = 5 %). {@code method} says which solver found it. */
    record Rate(double rate, String method) implements XirrResult {}

    record NoSolution(String reason) implements XirrResult {}
}
