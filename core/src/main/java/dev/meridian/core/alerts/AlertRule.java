package dev.meridian.core.alerts;

/** What an alert watches, parsed from its condition, threshold and parameters. */
public sealed interface AlertRule {

    /** The last price crosses {@code level}: from at or below to above ({@code upward}), or from at or above to below. */
    record PriceCross(double level, boolean upward) implements AlertRule { }

    /** The price moved by at least {@code percent} (either way) against its value {@code windowMillis} earlier. */
    record PercentMove(long windowMillis, double percent) implements AlertRule { }

    /** A level condition such as {@code rsi(14) > 70}: fires when it starts to hold. */
    record Comparison(Operand left, Comparator comparator, Operand right) implements AlertRule { }

    /** {@code left crosses [above|below] right}: fires when the side of {@code left} against {@code right} changes. */
    record Cross(Operand left, Direction direction, Operand right) implements AlertRule { }

    enum Comparator { ABOVE, AT_OR_ABOVE, BELOW, AT_OR_BELOW }

    enum Direction { EITHER, ABOVE, BELOW }
}
