package dev.meridian.core.demo;

import dev.meridian.core.domain.Alert;
import dev.meridian.core.domain.AlertCondition;
import dev.meridian.core.domain.AlertFrequency;
import dev.meridian.core.domain.FxRate;
import dev.meridian.core.domain.Notification;
import dev.meridian.core.domain.Watchlist;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The workstation around the data: watchlists, price and indicator alerts placed around the generated
 * prices, a few notifications (the first says plainly that everything is generated), and the daily
 * EUR/USD reference rates taken from the generated EUR/USD series.
 */
public final class DemoWorkspace {

    private final Map<String, Long> ids;
    private final Map<String, DailyHistory> histories;
    private final Instant now;

    public DemoWorkspace(Map<String, Long> instrumentIds, Map<String, DailyHistory> histories, LocalDate today) {
        this.ids = instrumentIds;
        this.histories = histories;
        this.now = today.atTime(LocalTime.of(18, 0)).toInstant(ZoneOffset.UTC);
    }

    public List<Watchlist> watchlists() {
        return List.of(
                new Watchlist(0, "Tech & Growth", 0, idsOf("NWTK", "HLXS", "CRSC", "CNDM", "VELA", "TCHX")),
                new Watchlist(0, "Dividend Income", 1, idsOf("GRNP", "BLPT", "MPLB", "ATLF", "AVSE", "UDIV", "EZ50")),
                new Watchlist(0, "Crypto & FX", 2, idsOf("BTC-USD", "ETH-USD", "SOL-USD", "EURUSD")));
    }

    public List<Alert> alerts() {
        return List.of(
                new Alert(0, ids.get("BTC-USD"), AlertCondition.PRICE_ABOVE, levelFromLast("BTC-USD", 1.10, 0), null,
                        AlertFrequency.ONCE, true, null, now.minusSeconds(86_400L * 12)),
                new Alert(0, ids.get("NWTK"), AlertCondition.PRICE_BELOW, levelFromLast("NWTK", 0.92, 0), null,
                        AlertFrequency.ONCE, true, null, now.minusSeconds(86_400L * 30)),
                new Alert(0, ids.get("EURUSD"), AlertCondition.PERCENT_MOVE, new BigDecimal("1.0"), "window=1D",
                        AlertFrequency.EVERY_TIME, true, null, now.minusSeconds(86_400L * 60)),
                new Alert(0, ids.get("HLXS"), AlertCondition.INDICATOR, null, "rsi(14) > 70",
                        AlertFrequency.EVERY_TIME, true, now.minusSeconds(86_400L * 3), now.minusSeconds(86_400L * 90)),
                new Alert(0, ids.get("UMKT"), AlertCondition.INDICATOR, null, "close crosses sma(200)",
                        AlertFrequency.ONCE, false, now.minusSeconds(86_400L * 45), now.minusSeconds(86_400L * 200)));
    }

    public List<Notification> notifications(long seed) {
        List<Notification> list = new ArrayList<>();
        list.add(new Notification(0, now, "demo", "Welcome to the Meridian demo vault",
                "Every price, trade and bank booking in this vault was generated (seed " + seed + ") to show what Meridian can do. "
                        + "None of it is real market data. Create your own vault to start with your data.", "home", false));
        list.add(new Notification(0, now.minusSeconds(86_400L * 3), "alert", "HLXS: RSI(14) rose above 70",
                "Helix Semiconductor Corp. looks overbought on the daily chart.", "chart:" + ids.get("HLXS"), false));
        DividendEvent lastUmkt = histories.get("UMKT").dividends().getLast();
        list.add(new Notification(0, now.minusSeconds(86_400L * 8), "portfolio", "Dividend announced: UMKT",
                "Broad US Market 500 ETF pays " + lastUmkt.perShare().toPlainString() + " USD per share on " + lastUmkt.payDate() + ".",
                "instrument:" + ids.get("UMKT"), true));
        list.add(new Notification(0, now.minusSeconds(86_400L * 2), "budget", "Dining Out is at 90% of its budget",
                "You have spent most of this month's Dining Out budget.", "budgets", true));
        return list;
    }

    /** Daily EUR→USD reference rates: the generated EUR/USD closes. */
    public List<FxRate> eurUsdRates() {
        DailyHistory fx = histories.get("EURUSD");
        List<FxRate> rates = new ArrayList<>(fx.size());
        for (int i = 0; i < fx.size(); i++) {
            rates.add(new FxRate(fx.dates()[i], "EUR", "USD", BigDecimal.valueOf(fx.closeAt(i))));
        }
        return rates;
    }

    private List<Long> idsOf(String... symbols) {
        List<Long> list = new ArrayList<>();
        for (String s : symbols) list.add(ids.get(s));
        return list;
    }

    private BigDecimal levelFromLast(String symbol, double factor, int scale) {
        return BigDecimal.valueOf(histories.get(symbol).lastClose() * factor).setScale(scale, RoundingMode.HALF_UP);
    }
}
