package dev.meridian.core.portfolio;

import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.Instrument;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Builds a {@link PriceHistory} from hand-written closes. */
public final class Prices {

    private final Map<Long, Instrument> instruments = new HashMap<>();
    private final Map<Long, TreeMap<Integer, Double>> closes = new HashMap<>();

    public Prices instrument(long id, String symbol, AssetClass cls, String currency, String sector, String region) {
        instruments.put(id, new Instrument(id, symbol, symbol + " Inc.", cls, "XNYS", currency, null, sector, region, "UTC"));
        return this;
    }

    public Prices close(long id, String date, double close) {
        closes.computeIfAbsent(id, k -> new TreeMap<>()).put((int) LocalDate.parse(date).toEpochDay(), close);
        return this;
    }

    public PriceHistory build() {
        Map<Long, DailyCloses> out = new HashMap<>();
        closes.forEach((id, m) -> out.put(id, DailyCloses.of(m.keySet().stream().mapToInt(Integer::intValue).toArray(),
                m.values().stream().mapToDouble(Double::doubleValue).toArray())));
        return new PriceHistory(instruments, out);
    }
}
