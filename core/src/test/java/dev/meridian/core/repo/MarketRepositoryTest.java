package dev.meridian.core.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.domain.Alert;
import dev.meridian.core.domain.AlertCondition;
import dev.meridian.core.domain.AlertFrequency;
import dev.meridian.core.domain.ChartDrawing;
import dev.meridian.core.domain.ChartLayout;
import dev.meridian.core.domain.CorporateAction;
import dev.meridian.core.domain.DrawingKind;
import dev.meridian.core.domain.FxRate;
import dev.meridian.core.domain.Watchlist;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Watchlists, alerts, corporate actions, FX rates and chart state. */
class MarketRepositoryTest extends DatabaseFixture {

    static final Instant T = Instant.parse("2025-04-01T12:00:00.123456789Z");
    long sap;
    long bmw;
    long btc;

    @BeforeEach
    void seed() {
        var instruments = new InstrumentRepository(dsl);
        sap = instruments.insert(ReferenceDataRepositoryTest.instrument("SAP", "SAP")).id();
        bmw = instruments.insert(ReferenceDataRepositoryTest.instrument("BMW", "BMW")).id();
        btc = instruments.insert(ReferenceDataRepositoryTest.instrument("BTC", "Bitcoin")).id();
    }

    @Test
    void watchlistsKeepItemOrder() {
        var repo = new WatchlistRepository(dsl);
        Watchlist tech = repo.insert(new Watchlist(0, "Tech", 1, List.of(btc, sap, bmw)));
        Watchlist empty = repo.insert(new Watchlist(0, "Empty", 0, List.of()));
        assertThat(repo.find(tech.id())).contains(tech);
        assertThat(repo.all()).containsExactly(empty, tech);
        Watchlist reordered = new Watchlist(tech.id(), "Tech!", 2, List.of(bmw, btc));
        repo.update(reordered);
        assertThat(repo.find(tech.id())).contains(reordered);
        assertThatThrownBy(() -> repo.update(new Watchlist(tech.id(), "dup", 2, List.of(sap, sap)))).isInstanceOf(DataAccessException.class);
        assertThat(repo.find(tech.id())).contains(reordered);
        repo.delete(tech.id());
        assertThat(repo.all()).containsExactly(empty);
    }

    @Test
    void alertsRoundTripAndOnceAlertsDeactivateWhenTriggered() {
        var repo = new AlertRepository(dsl);
        Alert once = repo.insert(new Alert(0, sap, AlertCondition.PRICE_ABOVE, new BigDecimal("250.5"), null, AlertFrequency.ONCE, true, null, T));
        Alert every = repo.insert(new Alert(0, bmw, AlertCondition.INDICATOR, null, "rsi(14) > 70", AlertFrequency.EVERY_TIME, true,
                T.minusSeconds(5), T));
        assertThat(repo.find(once.id()).orElseThrow()).usingRecursiveComparison(BY_VALUE).isEqualTo(once);
        assertThat(repo.find(every.id())).contains(every);
        assertThat(repo.forInstrument(bmw)).containsExactly(every);
        repo.markTriggered(once.id(), T.plusSeconds(60));
        repo.markTriggered(every.id(), T.plusSeconds(60));
        assertThat(repo.active()).extracting(Alert::id).containsExactly(every.id());
        assertThat(repo.find(once.id()).orElseThrow().lastTriggeredAt()).isEqualTo(T.plusSeconds(60));
        repo.delete(every.id());
        assertThat(repo.all()).extracting(Alert::id).containsExactly(once.id());
    }

    @Test
    void corporateActionsRoundTrip() {
        var repo = new CorporateActionRepository(dsl);
        CorporateAction split = repo.insert(CorporateAction.split(sap, LocalDate.of(2024, 6, 1), BigDecimal.ONE, new BigDecimal("4")));
        CorporateAction div = repo.insert(new CorporateAction(0, sap, dev.meridian.core.domain.CorporateActionType.DIVIDEND,
                LocalDate.of(2024, 5, 1), null, null, Money.of("2.2", "EUR"), "yahoo-div-1"));
        assertThat(repo.forInstrument(sap)).usingRecursiveFieldByFieldElementComparator(BY_VALUE).containsExactly(div, split);
        assertThat(repo.findByProviderId(sap, "yahoo-div-1")).map(CorporateAction::id).contains(div.id());
        repo.delete(split.id());
        assertThat(repo.forInstrument(sap)).hasSize(1);
    }

    @Test
    void fxRateFallsBackToTheLatestEarlierDate() {
        var repo = new FxRateRepository(dsl);
        repo.putAll(List.of(new FxRate(LocalDate.of(2025, 1, 2), "EUR", "USD", new BigDecimal("1.0321")),
                new FxRate(LocalDate.of(2025, 1, 3), "EUR", "USD", new BigDecimal("1.03")),
                new FxRate(LocalDate.of(2025, 1, 3), "EUR", "GBP", new BigDecimal("0.83"))));
        repo.put(new FxRate(LocalDate.of(2025, 1, 3), "EUR", "USD", new BigDecimal("1.0350")));
        assertThat(repo.rateOn(LocalDate.of(2025, 1, 3), "EUR", "USD")).contains(new BigDecimal("1.035"));
        assertThat(repo.rateOn(LocalDate.of(2025, 1, 5), "EUR", "USD")).contains(new BigDecimal("1.035"));
        assertThat(repo.rateOn(LocalDate.of(2025, 1, 2), "EUR", "USD")).contains(new BigDecimal("1.0321"));
        assertThat(repo.rateOn(LocalDate.of(2025, 1, 1), "EUR", "USD")).isEmpty();
        assertThat(repo.rateOn(LocalDate.of(2025, 1, 5), "USD", "EUR")).isEmpty();
        assertThat(repo.history("EUR", "USD")).hasSize(2);
        assertThat(repo.latestDate("EUR", "GBP")).contains(LocalDate.of(2025, 1, 3));

        // A bulk write replaces the days it covers and keeps the others.
        List<FxRate> bulk = new java.util.ArrayList<>();
        for (int d = 0; d < 1200; d++) {
            bulk.add(new FxRate(LocalDate.of(2025, 1, 3).plusDays(d), "EUR", "USD", new BigDecimal("1.1")));
        }
        repo.putAll(bulk);
        assertThat(repo.history("EUR", "USD")).hasSize(1201);
        assertThat(repo.rateOn(LocalDate.of(2025, 1, 3), "EUR", "USD")).contains(new BigDecimal("1.1"));
        assertThat(repo.rateOn(LocalDate.of(2025, 1, 2), "EUR", "USD")).contains(new BigDecimal("1.0321"));
    }

    @Test
    void chartDrawingsAndLayoutsRoundTrip() {
        var drawings = new ChartDrawingRepository(dsl);
        ChartDrawing line = drawings.insert(new ChartDrawing(0, sap, DrawingKind.TREND_LINE, "1:100.5;2:101", null, "color=#ff0000", T));
        ChartDrawing note = drawings.insert(new ChartDrawing(0, sap, DrawingKind.TEXT, "1:100", "earnings", null, T));
        drawings.insert(new ChartDrawing(0, bmw, DrawingKind.RAY, "1:1;2:2", null, null, T));
        assertThat(drawings.forInstrument(sap)).containsExactly(line, note);
        ChartDrawing moved = new ChartDrawing(line.id(), sap, DrawingKind.TREND_LINE, "3:1;4:2", null, null, T.plusSeconds(1));
        drawings.update(moved);
        assertThat(drawings.find(line.id())).contains(moved);
        drawings.delete(note.id());
        assertThat(drawings.forInstrument(sap)).containsExactly(moved);

        var layouts = new ChartLayoutRepository(dsl);
        ChartLayout general = layouts.insert(new ChartLayout(0, "Default", null, "v1;tf=D1", T));
        ChartLayout forSap = layouts.insert(new ChartLayout(0, "SAP daily", sap, "v1;tf=D1;sma(200)", T.plusSeconds(1)));
        assertThat(layouts.find(general.id())).contains(general);
        assertThat(layouts.all()).containsExactly(general, forSap);
        assertThat(layouts.latestFor(sap)).contains(forSap);
        assertThat(layouts.latestShared("Default")).contains(general);
        assertThat(layouts.latestShared("SAP daily")).as("belongs to an instrument").isEmpty();
        ChartLayout changed = new ChartLayout(forSap.id(), "SAP", sap, "v1;tf=H1", T.plusSeconds(2));
        layouts.update(changed);
        assertThat(layouts.find(forSap.id())).contains(changed);
        layouts.delete(general.id());
        assertThat(layouts.all()).containsExactly(changed);
    }
}
