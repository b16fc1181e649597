package dev.meridian.core.alerts;

import dev.meridian.core.domain.Alert;
import dev.meridian.core.market.Timeframe;
import dev.meridian.core.market.TimeframeBuckets;
import dev.meridian.core.market.TradingSession;
import java.util.Locale;

/**
 * One alert being watched: the instrument's live daily bar (ticks revise it, a new session appends one), the
 * operands computed on it, and the trigger that turns the condition into firings. O(1) per tick.
 */
final class AlertTracker {

    final Alert alert;
    private final AlertRule rule;
    private final TimeframeBuckets days;
    private final OperandSeries left;
    private final OperandSeries right;
    private final Trigger trigger;
    private final PriceWindow window;
    private long barTime = Long.MIN_VALUE;
    private double open;
    private double high;
    private double low;
    private double close = Double.NaN;
    private double volume;
    private double lastValue = Double.NaN;

    AlertTracker(Alert alert, AlertRule rule, TradingSession session) {
        this.alert = alert;
        this.rule = rule;
        this.days = new TimeframeBuckets(session, Timeframe.D1);
        switch (rule) {
            case AlertRule.Comparison c -> {
                left = OperandSeries.of(c.left());
                right = OperandSeries.of(c.right());
                trigger = new Trigger(Trigger.Mode.LEVEL);
                window = null;
            }
            case AlertRule.Cross c -> {
                left = OperandSeries.of(c.left());
                right = OperandSeries.of(c.right());
                trigger = new Trigger(c.direction() == AlertRule.Direction.EITHER ? Trigger.Mode.CROSS_EITHER : Trigger.Mode.CROSS_UP);
                window = null;
            }
            case AlertRule.PercentMove m -> {
                left = null;
                right = null;
                trigger = new Trigger(Trigger.Mode.LEVEL);
                window = new PriceWindow(m.windowMillis());
            }
            case AlertRule.PriceCross p -> {
                left = null;
                right = null;
                trigger = new Trigger(Trigger.Mode.CROSS_UP);
                window = null;
            }
        }
    }

    /** A trade; returns true when the alert fires on it. */
    boolean onTick(long time, double price) {
        long day = days.bucketOf(time);
        if (day == TradingSession.OUTSIDE) day = barTime;
        if (day == Long.MIN_VALUE || day < barTime) return false;
        if (day > barTime) {
            bar(day, price, price, price, price, 0, true);
        } else {
            bar(day, open, Math.max(high, price), Math.min(low, price), price, volume, false);
        }
        return evaluate(time);
    }

    /** A stored or synced daily bar: appended when newer, revising when the same day, ignored when older. */
    boolean onBar(long time, double o, double h, double l, double c, double v) {
        if (time < barTime) return false;
        bar(time, o, h, l, c, v, time > barTime);
        return evaluate(time);
    }

    double lastPrice() {
        return close;
    }

    /** A line for the notification, e.g. "price crossed above 105" or "rsi(14) > 70 (now 71.3)". */
    String describe() {
        return switch (rule) {
            case AlertRule.PriceCross p -> "price crossed " + (p.upward() ? "above " : "below ") + number(p.level());
            case AlertRule.PercentMove m -> String.format(Locale.ROOT, "moved %+.2f%% within %s", lastValue, alert.parameters().trim());
            case AlertRule.Comparison c -> alert.parameters().trim() + " (now " + number(lastValue) + ")";
            case AlertRule.Cross c -> alert.parameters().trim();
        };
    }

    private void bar(long time, double o, double h, double l, double c, double v, boolean append) {
        barTime = time;
        open = o;
        high = h;
        low = l;
        close = c;
        volume = v;
        if (left == null) return;
        if (append) {
            left.append(time, o, h, l, c, v);
            right.append(time, o, h, l, c, v);
        } else {
            left.revise(o, h, l, c, v);
            right.revise(o, h, l, c, v);
        }
    }

    private boolean evaluate(long time) {
        int state = switch (rule) {
            case AlertRule.PriceCross p -> p.upward() ? Trigger.state(close, p.level(), true) : Trigger.state(p.level(), close, true);
            case AlertRule.PercentMove m -> {
                lastValue = window.movePercent(time, close);
                yield Double.isNaN(lastValue) ? Trigger.UNKNOWN : Math.abs(lastValue) >= m.percent() ? 1 : 0;
            }
            case AlertRule.Comparison c -> {
                double l = left.value();
                double r = right.value();
                lastValue = l;
                yield switch (c.comparator()) {
                    case ABOVE -> Trigger.state(l, r, true);
                    case AT_OR_ABOVE -> Trigger.state(l, r, false);
                    case BELOW -> Trigger.state(r, l, true);
                    case AT_OR_BELOW -> Trigger.state(r, l, false);
                };
            }
            case AlertRule.Cross c -> {
                double l = left.value();
                double r = right.value();
                lastValue = l;
                yield c.direction() == AlertRule.Direction.BELOW ? Trigger.state(r, l, true) : Trigger.state(l, r, true);
            }
        };
        return trigger.update(state);
    }

    private static String number(double v) {
        if (Double.isNaN(v)) return "n/a";
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.4g", v);
    }
}
