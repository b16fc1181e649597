package dev.meridian.core.portfolio.fx;

import dev.meridian.core.domain.FxRate;
import dev.meridian.core.portfolio.Precision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * In-memory {@link FxRates} from stored {@link FxRate} records. A pair missing in one direction is
 * answered by inverting the other ({@code 1 / rate}, 34 significant digits, half-even); when both
 * directions are stored, the more recent one wins. Cross rates
 * through a third currency are not derived: a missing pair is an error, never a silent guess.
 */
public final class FxRateTable implements FxRates {

    private final Map<String, TreeMap<LocalDate, BigDecimal>> byPair = new HashMap<>();

    public FxRateTable(List<FxRate> rates) {
        for (FxRate r : rates) {
            if (r.rate().signum() <= 0) throw new IllegalArgumentException("Exchange rate must be positive: " + r);
            byPair.computeIfAbsent(r.base() + "/" + r.quote(), k -> new TreeMap<>()).put(r.date(), r.rate());
        }
    }

    @Override
    public BigDecimal rate(LocalDate date, String base, String quote) {
        if (base.equals(quote)) return BigDecimal.ONE;
        var direct = floor(base + "/" + quote, date);
        var inverse = floor(quote + "/" + base, date);
        if (direct == null && inverse == null) throw new MissingFxRateException(base, quote, date);
        if (inverse == null || (direct != null && !direct.getKey().isBefore(inverse.getKey()))) return direct.getValue();
        return BigDecimal.ONE.divide(inverse.getValue(), Precision.RATIO);
    }

    private Map.Entry<LocalDate, BigDecimal> floor(String pair, LocalDate date) {
        TreeMap<LocalDate, BigDecimal> series = byPair.get(pair);
        return series == null ? null : series.floorEntry(date);
    }
}
