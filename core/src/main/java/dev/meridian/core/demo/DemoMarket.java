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

    /** Instruments are generated in parallel: each has its own random stream, so the result does not depend on order. */
    public static DemoMarket generate(long seed, LocalDate today) {
        List<DemoInstrument> universe = DemoInstruments.all();
        List<Generated> generated = universe.parallelStream().map(i -> generate(seed, today, i)).toList();
        Map<String, DailyHistory> daily = new LinkedHashMap<>();
        Map<String, BarSeries> minutes = new LinkedHashMap<>();
        for (Generated g : generated) {
            daily.put(g.daily.instrument().symbol(), g.daily);
            if (g.minutes != null) minutes.put(g.daily.instrument().symbol(), g.minutes);
        }
        return new DemoMarket(universe, daily, minutes);
    }

    private record Generated(DailyHistory daily, BarSeries minutes) {}

    private static Generated generate(long seed, LocalDate today, DemoInstrument instrument) {
        DailyHistory history = new MarketModel(instrument).generate(today, DemoRandom.stream(seed, "daily:" + instrument.symbol()));
        if (!INTRADAY_SYMBOLS.contains(instrument.symbol())) return new Generated(history, null);
        IntradayModel.Result r = new IntradayModel(history).generate(INTRADAY_DAYS, DemoRandom.stream(seed, "minute:" + instrument.symbol()));
        return new Generated(r.daily(), r.minutes());
    }

    public int dailyBarCount() {
        return daily.values().stream().mapToInt(DailyHistory::size).sum();
    }

    public int minuteBarCount() {
        return minutes.values().stream().mapToInt(BarSeries::size).sum();
    }
}
