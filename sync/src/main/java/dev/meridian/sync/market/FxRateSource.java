package dev.meridian.sync.market;

import dev.meridian.core.domain.FxRate;
import java.time.LocalDate;
import java.util.List;

/** Daily reference FX rates (e.g. the ECB's), for converting positions to the base currency. */
public interface FxRateSource {

    String id();

    /** Rates for every published day in [{@code from}, {@code to}] (inclusive); weekends and holidays have none. */
    List<FxRate> dailyRates(LocalDate from, LocalDate to);
}
