package dev.meridian.core.portfolio.risk;

import dev.meridian.core.domain.AssetClass;
import java.util.Collection;

/**
 * How many daily returns make a year. Exchange-traded scopes have a return per trading day (252
 * a year); crypto trades every calendar day (365). A scope holding only crypto uses 365, any
 * other scope 252.
 */
public enum AnnualizationBasis {
    TRADING_DAYS(252), CALENDAR_DAYS(365);

    private final int periodsPerYear;

    AnnualizationBasis(int periodsPerYear) {
        this.periodsPerYear = periodsPerYear;
    }

    public int periodsPerYear() {
        return periodsPerYear;
    }

    public static AnnualizationBasis forAssetClasses(Collection<AssetClass> held) {
        return !held.isEmpty() && held.stream().allMatch(c -> c == AssetClass.CRYPTO) ? CALENDAR_DAYS : TRADING_DAYS;
    }
}
