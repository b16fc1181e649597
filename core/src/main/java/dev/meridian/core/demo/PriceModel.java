package dev.meridian.core.demo;

/**
 * Parameters of one instrument's generated daily path.
 *
 * @param annualDrift    log-growth per year of the price before dividends are paid out (0.08 = 8%)
 * @param annualVol      long-run annualised volatility the GARCH variance reverts to
 * @param lastClose      roughly where the newest close lands, so price levels look familiar
 * @param baseVolume     typical daily volume today (shares, coins or FX ticks); earlier volumes follow splits
 * @param jumpsPerYear   expected number of news jumps (earnings, hacks, shocks) per year
 * @param jumpSize       standard deviation of a jump's log-return
 * @param gapShare       share of daily variance that happens overnight, between close and next open
 * @param dividendYield  annual cash yield paid as dividends (0 for none)
 * @param dividendsPerYear 4 for quarterly, 1 for annual, 0 for none
 * @param historyYears   years of daily history (younger coins have less)
 * @param tick           price increment bars are rounded to
 */
public record PriceModel(
        double annualDrift,
        double annualVol,
        double lastClose,
        double baseVolume,
        double jumpsPerYear,
        double jumpSize,
        double gapShare,
        double dividendYield,
        int dividendsPerYear,
        int historyYears,
        double tick) {

    public PriceModel {
        if (!(annualVol > 0) || !(lastClose > 0) || !(tick > 0) || baseVolume < 0) {
            throw new IllegalArgumentException("Price model needs positive volatility, last close and tick, and non-negative volume");
        }
        if (gapShare < 0 || gapShare >= 1) throw new IllegalArgumentException("gapShare must be in [0,1): " + gapShare);
        if (historyYears < 1) throw new IllegalArgumentException("historyYears must be at least 1: " + historyYears);
        if (dividendsPerYear < 0 || (dividendYield > 0 && dividendsPerYear == 0)) {
            throw new IllegalArgumentException("A dividend yield needs a positive number of payments per year");
        }
    }

    /** A stock or ETF on an exchange: 10 years, 2 jumps a year, a quarter of the variance overnight. */
    public static PriceModel listed(double drift, double vol, double lastClose, double baseVolume,
                                    double dividendYield, int dividendsPerYear) {
        return new PriceModel(drift, vol, lastClose, baseVolume, 2.0, 0.05, 0.25, dividendYield, dividendsPerYear, 10, 0.01);
    }

    public boolean paysDividends() {
        return dividendYield > 0;
    }
}
