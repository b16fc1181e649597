package dev.meridian.core.alerts;

/**
 * Turns a condition observed over time into firings. A level fires when the condition starts to hold (also on
 * the first observation); a cross needs the opposite state observed first. Either way the condition must stop
 * holding before it can fire again, which is what re-arms an every-time alert. Unknown states (an indicator
 * still in its lookback) are skipped.
 */
final class Trigger {

    enum Mode { LEVEL, CROSS_UP, CROSS_EITHER }

    static final int UNKNOWN = -1;

    private final Mode mode;
    private int previous = UNKNOWN;

    Trigger(Mode mode) {
        this.mode = mode;
    }

    /** @param state 1 holds, 0 does not, {@link #UNKNOWN} cannot be told yet */
    boolean update(int state) {
        if (state == UNKNOWN) return false;
        int before = previous;
        previous = state;
        return switch (mode) {
            case LEVEL -> state == 1 && before != 1;
            case CROSS_UP -> before == 0 && state == 1;
            case CROSS_EITHER -> before != UNKNOWN && before != state;
        };
    }

    static int state(double left, double right, boolean strictAbove) {
        if (Double.isNaN(left) || Double.isNaN(right)) return UNKNOWN;
        return strictAbove ? (left > right ? 1 : 0) : (left >= right ? 1 : 0);
    }
}
