package dev.meridian.core.alerts;

import dev.meridian.core.indicators.Ema;
import dev.meridian.core.indicators.Macd;
import dev.meridian.core.indicators.PriceSource;
import dev.meridian.core.indicators.Rsi;
import dev.meridian.core.indicators.Sma;
import dev.meridian.core.indicators.StreamingIndicator;

/** The value of one operand on the live daily bar, kept current by the streaming indicator kernels. */
final class OperandSeries {

    private final PriceSource price;
    private final double constant;
    private final StreamingIndicator indicator;
    private final int output;
    private double open = Double.NaN;
    private double high = Double.NaN;
    private double low = Double.NaN;
    private double close = Double.NaN;

    private OperandSeries(PriceSource price, double constant, StreamingIndicator indicator, int output) {
        this.price = price;
        this.constant = constant;
        this.indicator = indicator;
        this.output = output;
    }

    static OperandSeries of(Operand operand) {
        return switch (operand) {
            case Operand.Constant c -> new OperandSeries(null, c.value(), null, 0);
            case Operand.Price p -> new OperandSeries(p.source(), Double.NaN, null, 0);
            case Operand.Indicator i -> switch (i.kind()) {
                case "rsi" -> new OperandSeries(null, Double.NaN, Rsi.stream(i.periods().getFirst(), PriceSource.CLOSE), 0);
                case "sma" -> new OperandSeries(null, Double.NaN, Sma.stream(i.periods().getFirst(), PriceSource.CLOSE), 0);
                case "ema" -> new OperandSeries(null, Double.NaN, Ema.stream(i.periods().getFirst(), PriceSource.CLOSE), 0);
                case "macd", "signal" -> new OperandSeries(null, Double.NaN,
                        Macd.stream(i.periods().get(0), i.periods().get(1), i.periods().get(2), PriceSource.CLOSE), i.kind().equals("macd") ? 0 : 1);
                default -> throw new AlertConditionException("Unknown indicator " + i.kind());
            };
        };
    }

    void append(long time, double o, double h, double l, double c, double v) {
        remember(o, h, l, c);
        if (indicator != null) indicator.append(time, o, h, l, c, v);
    }

    void revise(double o, double h, double l, double c, double v) {
        remember(o, h, l, c);
        if (indicator != null) indicator.reviseLast(o, h, l, c, v);
    }

    double value() {
        if (indicator != null) return indicator.size() == 0 ? Double.NaN : indicator.last(output);
        if (price != null) return price.of(open, high, low, close);
        return constant;
    }

    private void remember(double o, double h, double l, double c) {
        open = o;
        high = h;
        low = l;
        close = c;
    }
}
