package dev.meridian.sync.cache;

import dev.meridian.core.domain.CorporateAction;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.Timeframe;
import dev.meridian.core.market.TradingSession;
import dev.meridian.core.barcache.GapPlanner;
import dev.meridian.core.barcache.TimeRange;
import dev.meridian.core.repo.BarRepository;
import dev.meridian.core.repo.CorporateActionRepository;
import dev.meridian.core.repo.InstrumentRepository;
import dev.meridian.core.work.Progress;
import dev.meridian.sync.market.MarketDataProvider;
import dev.meridian.sync.market.PriceHistory;
import dev.meridian.sync.market.ProviderException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Refreshes the bar cache from the market-data providers: per instrument it plans the missing ranges
 * ({@link GapPlanner}), fetches them from the first provider (in the given order) that knows the instrument and
 * serves its asset class and timeframe, falling back to the next one on failure, and then writes everything in
 * ONE transaction: bars merged (the last stored bar revised), corporate actions added unless already stored
 * (same provider id, or the same type and ex-date). A failure while fetching stores nothing; a failure while
 * writing rolls the instrument back to what it was. Re-running it never duplicates anything.
 */
public final class BarCacheSync {

    private final DSLContext dsl;
    private final InstrumentRepository instruments;
    private final List<MarketDataProvider> providers;

    public BarCacheSync(DSLContext dsl, List<MarketDataProvider> providers) {
        this.dsl = dsl;
        this.instruments = new InstrumentRepository(dsl);
        this.providers = List.copyOf(providers);
    }

    public boolean hasProviders() {
        return !providers.isEmpty();
    }

    /** Refreshes each instrument in turn; one instrument's failure does not stop the others. Stops when cancelled. */
    public List<InstrumentSync> syncAll(List<Instrument> list, Timeframe timeframe, Instant from, Instant to, Progress progress) {
        List<InstrumentSync> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            progress.checkCancelled();
            Instrument instrument = list.get(i);
            progress.update(i, list.size(), instrument.symbol());
            out.add(sync(instrument, timeframe, from, to));
        }
        progress.update(list.size(), list.size(), null);
        return out;
    }

    public InstrumentSync sync(Instrument instrument, Timeframe timeframe, Instant from, Instant to) {
        Objects.requireNonNull(instrument, "instrument");
        BarRepository bars = new BarRepository(dsl);
        List<TimeRange> gaps = GapPlanner.missing(bars.firstTime(instrument.id(), timeframe), bars.lastTime(instrument.id(), timeframe),
                from.toEpochMilli(), to.toEpochMilli(), TradingSession.of(instrument));
        if (gaps.isEmpty()) return InstrumentSync.upToDate(instrument.id(), instrument.symbol());
        List<String> failures = new ArrayList<>();
        for (MarketDataProvider provider : providers) {
            if (!provider.assetClasses().contains(instrument.assetClass()) || !provider.timeframes().contains(timeframe)) continue;
            Optional<String> symbol = instruments.providerSymbol(instrument.id(), provider.id());
            if (symbol.isEmpty()) continue;
            List<PriceHistory> fetched = new ArrayList<>(gaps.size());
            try {
                for (TimeRange gap : gaps) fetched.add(provider.history(symbol.get(), timeframe, gap.from(), gap.to()));
            } catch (ProviderException e) {
                failures.add(e.getMessage());
                continue;
            }
            try {
                return store(instrument, timeframe, provider.id(), gaps, fetched);
            } catch (RuntimeException e) {
                // The transaction rolled back: the instrument's cache is as it was before this refresh.
                return InstrumentSync.failed(instrument.id(), instrument.symbol(), provider.displayName() + " sent " + instrument.symbol()
                        + " data that could not be stored (" + e.getMessage() + "); nothing was changed");
            }
        }
        String reason = failures.isEmpty()
                ? "no configured provider knows " + instrument.symbol() + " for " + timeframe.label() + " bars"
                : String.join("; ", failures);
        return InstrumentSync.failed(instrument.id(), instrument.symbol(), reason);
    }

    private InstrumentSync store(Instrument instrument, Timeframe timeframe, String provider, List<TimeRange> gaps, List<PriceHistory> fetched) {
        BarSeries all = new BarSeries(16);
        int added = dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            BarRepository bars = new BarRepository(tx);
            CorporateActionRepository actions = new CorporateActionRepository(tx);
            List<CorporateAction> stored = new ArrayList<>(actions.forInstrument(instrument.id()));
            int count = 0;
            for (PriceHistory history : fetched) {
                bars.merge(instrument.id(), timeframe, history.bars());
                for (CorporateAction action : history.corporateActions()) {
                    CorporateAction own = withInstrument(action, instrument.id());
                    if (alreadyStored(stored, own)) continue;
                    stored.add(actions.insert(own));
                    count++;
                }
            }
            return count;
        });
        // Fetched ranges are disjoint and ascending per range; concatenated in time order for the alert engine.
        fetched.stream().map(PriceHistory::bars).sorted((a, b) -> Long.compare(firstTime(a), firstTime(b))).forEach(s -> {
            for (int i = 0; i < s.size(); i++) {
                if (all.isEmpty() || s.time(i) > all.time(all.size() - 1)) {
                    all.append(s.time(i), s.open(i), s.high(i), s.low(i), s.close(i), s.volume(i));
                }
            }
        });
        return new InstrumentSync(instrument.id(), instrument.symbol(), provider, gaps, all, added, null);
    }

    private static long firstTime(BarSeries s) {
        return s.isEmpty() ? Long.MAX_VALUE : s.time(0);
    }

    private static boolean alreadyStored(List<CorporateAction> stored, CorporateAction action) {
        for (CorporateAction s : stored) {
            if (action.providerId() != null && action.providerId().equals(s.providerId())) return true;
            if (s.type() == action.type() && s.exDate().equals(action.exDate())) return true;
        }
        return false;
    }

    private static CorporateAction withInstrument(CorporateAction a, long instrumentId) {
        return new CorporateAction(0, instrumentId, a.type(), a.exDate(), a.splitFrom(), a.splitTo(), a.dividendPerShare(), a.providerId());
    }
}
