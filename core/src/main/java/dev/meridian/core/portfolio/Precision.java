package dev.meridian.core.portfolio;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The rounding rules of the accounting engine. Additions, subtractions and multiplications are
 * exact; only divisions round, always {@link RoundingMode#HALF_EVEN}:
 * quantities to {@value #QUANTITY_SCALE} decimals (enough for crypto's smallest units),
 * divided money amounts (a lot's cost split by a partial sale, proceeds shared among lots) to
 * {@value #MONEY_SCALE} decimals, ratios to 34 significant digits ({@link MathContext#DECIMAL128}).
 * The last part of any split-up amount takes the exact remainder, so totals are conserved exactly.
 */
public final class Precision {

    public static final int QUANTITY_SCALE = 18;
    public static final int MONEY_SCALE = 10;
    public static final MathContext RATIO = MathContext.DECIMAL128;

    private Precision() {}

    /** {@code amount * part / whole}, rounded to {@link #MONEY_SCALE} decimals. */
    public static BigDecimal share(BigDecimal amount, BigDecimal part, BigDecimal whole) {
        return amount.multiply(part).divide(whole, MONEY_SCALE, RoundingMode.HALF_EVEN);
    }

    /** A quantity rounded to {@link #QUANTITY_SCALE} decimals, without trailing zeros. */
    public static BigDecimal quantity(BigDecimal q) {
        BigDecimal r = q.scale() > QUANTITY_SCALE ? q.setScale(QUANTITY_SCALE, RoundingMode.HALF_EVEN) : q;
        return r.signum() == 0 ? BigDecimal.ZERO : r.stripTrailingZeros();
    }
}
