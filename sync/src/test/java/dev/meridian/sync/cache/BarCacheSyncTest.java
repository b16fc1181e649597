package dev.meridian.sync.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.core.db.Database;
import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.CorporateAction;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.domain.InstrumentProviderId;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.Timeframe;
import dev.meridian.core.market.TradingSession;
import dev.meridian.core.barcache.Adjustment;
import dev.meridian.core.barcache.CachedSeries;
import dev.meridian.core.barcache.TimeRange;
import dev.meridian.core.money.Money;
import dev.meridian.core.repo.BarRepository;
import dev.meridian.core.repo.CorporateActionRepository;
import dev.meridian.core.repo.InstrumentRepository;
import dev.meridian.core.work.Progress;
import dev.meridian.sync.market.ProviderException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bar cache refresh on a real H2 file. */
class BarCacheSyncTest {

    static final TradingSession US = TradingSession.usEquities();
    static final LocalDate START = LocalDate.of(2025, 1, 6);

    @TempDir Path dir;
    Database db;
    Instrument acme;
    BarSeries vendorBars;
    RecordedProvider provider;
    CorporateAction split;
    CorporateAction dividend;

    @BeforeEach
    void open() {
        db = Database.openPlain(dir.resolve("vault"));
        InstrumentRepository instruments = new InstrumentRepository(db.dsl());
        acme = instruments.insert(new Instrument(0, "ACME", "Acme", AssetClass.STOCK, "XNYS", "USD", null, null, null, "America/New_York"));
        instruments.putProviderId(new InstrumentProviderId(acme.id(), "rec", "ACME.US"));
        vendorBars = weekdays(START, 60);
        split = new CorporateAction(0, 0, dev.meridian.core.domain.CorporateActionType.SPLIT, START.plusDays(14), BigDecimal.ONE,
                new BigDecimal("2"), null, "rec:split:2025-01-20");
        dividend = new CorporateAction(0, 0, dev.meridian.core.domain.CorporateActionType.DIVIDEND, START.plusDays(28), null, null,
                Money.of("0.50", "USD"), "rec:div:2025-02-03");
        provider = new RecordedProvider("rec", vendorBars, List.of(split, dividend));
    }

    @AfterEach
    void close() {
        db.close();
    }

    static BarSeries weekdays(LocalDate from, int count) {
        BarSeries s = new BarSeries(count);
        LocalDate d = from;
        double price = 100;
        while (s.size() < count) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                price += s.size() % 3 == 0 ? -1 : 1.5;
                s.append(US.openOn(d), price, price + 1, price - 1, price + 0.25, 1000 + s.size());
            }
            d = d.plusDays(1);
        }
        return s;
    }

    Instant at(int bar) {
        return Instant.ofEpochMilli(vendorBars.time(bar));
    }

    BarCacheSync sync() {
        return new BarCacheSync(db.dsl(), List.of(provider));
    }

    BarSeries stored() {
        return new BarRepository(db.dsl()).load(acme.id(), Timeframe.D1);
    }

    @Test
    void aSecondRunFetchesOnlyTheTailAndDuplicatesNothing() {
        InstrumentSync first = sync().sync(acme, Timeframe.D1, at(0), at(40));
        assertThat(first.failure()).isNull();
        assertThat(first.fetched()).containsExactly(new TimeRange(vendorBars.time(0), vendorBars.time(40)));
        assertThat(stored().size()).isEqualTo(40);
        assertThat(first.actionsAdded()).isEqualTo(2);

        InstrumentSync again = sync().sync(acme, Timeframe.D1, at(0), at(40));
        assertThat(again.fetched()).as("only the last stored bar is asked for again")
                .containsExactly(new TimeRange(vendorBars.time(39), vendorBars.time(40)));
        assertThat(again.actionsAdded()).isZero();
        assertThat(stored().size()).isEqualTo(40);
        assertThat(new CorporateActionRepository(db.dsl()).forInstrument(acme.id())).hasSize(2);
    }

    @Test
    void gapsAtBothEndsAreFilledAndTheLastBarIsRevised() {
        sync().sync(acme, Timeframe.D1, at(20), at(30));
        // The vendor revises bar 29 (it was still forming when first fetched).
        vendorBars.closes()[29] = 999;
        InstrumentSync grown = sync().sync(acme, Timeframe.D1, at(10), at(45));
        assertThat(grown.fetched()).containsExactly(
                new TimeRange(vendorBars.time(10), vendorBars.time(20)),
                new TimeRange(vendorBars.time(29), vendorBars.time(45)));
        BarSeries s = stored();
        assertThat(s.size()).isEqualTo(35);
        assertThat(Arrays.copyOf(s.times(), 35)).isEqualTo(Arrays.copyOfRange(vendorBars.times(), 10, 45));
        assertThat(s.close(29 - 10)).isEqualTo(999);
        assertThat(grown.bars().size()).isEqualTo(10 + 16);
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheVaultAsBefore() {
        sync().sync(acme, Timeframe.D1, at(20), at(30));
        BarSeries before = stored();
        // The second range of the next refresh comes back out of order: BarRepository rejects it after the
        // first range was already merged in the same transaction.
        provider.requests.clear();
        provider.corruptRequest = 1;
        provider.corruption = bars -> {
            BarSeries bad = BarSeries.wrap(new long[] {bars.time(1), bars.time(0)}, new double[] {1, 1}, new double[] {1, 1},
                    new double[] {1, 1}, new double[] {1, 1}, new double[] {1, 1});
            return bad;
        };
        InstrumentSync result = sync().sync(acme, Timeframe.D1, at(5), at(40));
        assertThat(result.failure()).contains("could not be stored", "not in strictly increasing time order", "nothing was changed");
        assertThat(provider.requests).hasSize(2);
        BarSeries after = stored();
        assertThat(after.size()).isEqualTo(before.size());
        assertThat(Arrays.copyOf(after.closes(), after.size())).isEqualTo(Arrays.copyOf(before.closes(), before.size()));
        assertThat(new CorporateActionRepository(db.dsl()).forInstrument(acme.id())).as("the split of the first range rolled back too")
                .isEmpty();
    }

    @Test
    void aProviderFailureStoresNothingAndSaysWhy() {
        provider.failure = new ProviderException("rec", ProviderException.Kind.RATE_LIMITED, "Recorded is throttling requests; try again in a minute");
        InstrumentSync result = sync().sync(acme, Timeframe.D1, at(0), at(10));
        assertThat(result.failed()).isTrue();
        assertThat(result.failure()).contains("throttling");
        assertThat(stored().size()).isZero();
    }

    @Test
    void fallsBackToTheNextProviderAndSkipsProvidersWithoutTheSymbol() {
        RecordedProvider broken = new RecordedProvider("broken", vendorBars, List.of());
        broken.failure = new ProviderException("broken", ProviderException.Kind.UNAVAILABLE, "Broken is down");
        new InstrumentRepository(db.dsl()).putProviderId(new InstrumentProviderId(acme.id(), "broken", "ACME"));
        RecordedProvider unknown = new RecordedProvider("unknown", vendorBars, List.of());
        InstrumentSync result = new BarCacheSync(db.dsl(), List.of(unknown, broken, provider)).sync(acme, Timeframe.D1, at(0), at(10));
        assertThat(result.provider()).isEqualTo("rec");
        assertThat(unknown.requests).isEmpty();
        assertThat(broken.requests).hasSize(1);
        assertThat(stored().size()).isEqualTo(10);
    }

    @Test
    void storedActionsServeAdjustedAndUnadjustedSeries() {
        sync().syncAll(List.of(acme), Timeframe.D1, at(0), at(40), Progress.NONE);
        CachedSeries cache = new CachedSeries(new BarRepository(db.dsl()), new CorporateActionRepository(db.dsl()));
        BarSeries raw = cache.load(acme, Timeframe.D1, Adjustment.NONE);
        BarSeries splitAdjusted = cache.load(acme, Timeframe.D1, Adjustment.SPLITS);
        int exIndex = raw.indexAtOrAfter(US.openOn(split.exDate()));
        assertThat(splitAdjusted.close(exIndex - 1)).isEqualTo(raw.close(exIndex - 1) / 2);
        assertThat(splitAdjusted.close(exIndex)).isEqualTo(raw.close(exIndex));
        BarSeries total = cache.load(acme, Timeframe.D1, Adjustment.SPLITS_AND_DIVIDENDS);
        assertThat(total.close(0)).isLessThan(splitAdjusted.close(0));
    }
}
