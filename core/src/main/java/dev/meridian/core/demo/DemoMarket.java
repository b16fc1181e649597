package dev.meridian.core.demo;

import dev.meridian.core.market.BarSeries;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All generated market data of the demo: daily histories of every instrument (in universe order) and
 * one-minute bars of the last 30 days for a US stock, Bitcoin and a German stock.
 */
public record DemoMarket(List<DemoInstrument> instruments, Map<String, DailyHistory> daily, Map<String, BarSeries> minutes) {

    public static final List<String> INTRADAY_SYMBOLS = List.of("NWTK", "BTC-USD", "RHWK");
    public static final int INTRADAY_DAYS = 30;

    public DemoMarket {
        instruments = List.copyOf(instruments);
        daily = Collections.unmodifiableMap(new LinkedHashMap<>(daily));
        minutes = Collections.unmodifiableMap(new LinkedHashMap<>(minutes));
    }

    public static DemoMarket generate(long seed, LocalDate today) {
        List<DemoInstrument> universe = DemoInstruments.all();
        Map<String, DailyHistory> daily = new LinkedHashMap<>();
        Map<String, BarSeries> minutes = new LinkedHashMap<>();
        for (DemoInstrument instrument : universe) {
            DailyHistory history = new MarketModel(instrument).generate(today, DemoRandom.stream(seed, "daily:" + instrument.symbol()));
            if (INTRADAY_SYMBOLS.contains(instrument.symbol())) {
                IntradayModel.Result r = new IntradayModel(history).generate(INTRADAY_DAYS, DemoRandom.stream(seed, "minute:" + instrument.symbol()));
                history = r.daily();
                minutes.put(instrument.symbol(), r.minutes());
            }
            daily.put(instrument.symbol(), history);
        }
        return new DemoMarket(universe, daily, minutes);
    }

    public int dailyBarCount() {
        return daily.values().stream().mapToInt(DailyHistory::size).sum();
    }

    public int minuteBarCount() {
        return minutes.values().stream().mapToInt(BarSeries::size).sum();
    }
}
