package dev.meridian.core.portfolio.risk;

/** Beta and correlation of a scope's daily returns against a benchmark's over the same days. */
public record BenchmarkComparison(double beta, double correlation, int observations) {}
