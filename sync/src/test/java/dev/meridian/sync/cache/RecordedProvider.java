package dev.meridian.sync.cache;

import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.CorporateAction;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.Timeframe;
import dev.meridian.sync.market.MarketDataProvider;
import dev.meridian.sync.market.PriceHistory;
import dev.meridian.sync.market.ProviderException;
import dev.meridian.sync.market.SymbolMatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** An in-memory provider over a fixed daily series: answers the slice asked for and records every request. */
final class RecordedProvider implements MarketDataProvider {

    record Request(String symbol, Instant from, Instant to) { }

    final String id;
    final List<Request> requests = new ArrayList<>();
    BarSeries series;
    List<CorporateAction> actions;
    ProviderException failure;
    /** Lets a test corrupt the answer to a given request number (0-based). */
    int corruptRequest = -1;
    UnaryOperator<BarSeries> corruption = UnaryOperator.identity();

    RecordedProvider(String id, BarSeries series, List<CorporateAction> actions) {
        this.id = id;
        this.series = series;
        this.actions = actions;
    }

    @Override public String id() { return id; }
    @Override public String displayName() { return "Recorded " + id; }
    @Override public Set<AssetClass> assetClasses() { return Set.of(AssetClass.STOCK); }
    @Override public Set<Timeframe> timeframes() { return Set.of(Timeframe.D1); }
    @Override public List<SymbolMatch> search(String query) { return List.of(); }

    @Override
    public PriceHistory history(String providerSymbol, Timeframe timeframe, Instant from, Instant to) {
        requests.add(new Request(providerSymbol, from, to));
        if (failure != null) throw failure;
        BarSeries slice = new BarSeries(16);
        for (int i = 0; i < series.size(); i++) {
            long t = series.time(i);
            if (t >= from.toEpochMilli() && t < to.toEpochMilli()) {
                slice.append(t, series.open(i), series.high(i), series.low(i), series.close(i), series.volume(i));
            }
        }
        if (requests.size() - 1 == corruptRequest) slice = corruption.apply(slice);
        List<CorporateAction> inRange = actions.stream().filter(a -> {
            long ex = a.exDate().atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
            return ex >= from.toEpochMilli() && ex < to.toEpochMilli();
        }).toList();
        return new PriceHistory(slice, inRange);
    }
}
