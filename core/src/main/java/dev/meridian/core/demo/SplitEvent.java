package dev.meridian.core.demo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

/** A split that took effect at the open of {@code exDate}: {@code to} shares for every {@code from}. */
public record SplitEvent(LocalDate exDate, int to, int from) {

    public double ratio() {
        return (double) to / from;
    }

    /** New shares per old share, exactly (4, 10, 0.2): the quantity a SPLIT transaction carries. */
    public BigDecimal sharesPerShare() {
        return BigDecimal.valueOf(to).divide(BigDecimal.valueOf(from), MathContext.DECIMAL64);
    }
}
