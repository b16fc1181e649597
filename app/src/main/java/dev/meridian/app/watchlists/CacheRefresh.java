package dev.meridian.app.watchlists;

import dev.meridian.app.work.BackgroundWork;
import dev.meridian.core.alerts.AlertEngine;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.domain.Watchlist;
import dev.meridian.core.market.Timeframe;
import dev.meridian.core.repo.InstrumentRepository;
import dev.meridian.core.repo.WatchlistRepository;
import dev.meridian.sync.cache.BarCacheSync;
import dev.meridian.sync.cache.InstrumentSync;
import dev.meridian.sync.market.MarketDataProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.Set;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.concurrent.Task;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.jooq.DSLContext;

/**
 * Keeps the daily bars of every watchlist instrument fresh: every {@code every} and on "Refresh now" it runs the
 * bar cache sync as one background job (progress and Cancel in the status bar), then feeds the new bars to the
 * alert engine. Its status label sits in the status bar. With no provider configured it does nothing and says so.
 */
public final class CacheRefresh {

    static final String NO_PROVIDER = "No market data provider configured";
    /** How far back a first refresh of an instrument reaches. */
    static final Duration HISTORY = Duration.ofDays(5 * 366);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private final DSLContext dsl;
    private final Supplier<List<MarketDataProvider>> providers;
    private final WatchlistRepository watchlists;
    private final InstrumentRepository instruments;
    private final AlertEngine alerts;
    private final BackgroundWork work;
    private final Clock clock;
    private final Timeline timer;
    private final Label status = new Label();
    private Task<?> running;
    private Runnable afterRefresh = () -> { };

    /** @param providers the configured providers, asked off the FX thread before each refresh */
    public CacheRefresh(DSLContext dsl, Supplier<List<MarketDataProvider>> providers, WatchlistRepository watchlists, InstrumentRepository instruments, AlertEngine alerts,
                        BackgroundWork work, Duration every, Clock clock) {
        this.dsl = dsl;
        this.providers = providers;
        this.watchlists = watchlists;
        this.instruments = instruments;
        this.alerts = alerts;
        this.work = work;
        this.clock = clock;
        this.timer = new Timeline(new KeyFrame(javafx.util.Duration.millis(every.toMillis()), e -> refreshNow()));
        timer.setCycleCount(Animation.INDEFINITE);
        status.setId("market-refresh-status");
        status.getStyleClass().add("text-muted");
        status.setTooltip(new Tooltip("Market data refresh"));
    }

    public Label statusLabel() {
        return status;
    }

    /** Called on the FX thread after a refresh stored something (screens reload their quotes). */
    public void setAfterRefresh(Runnable afterRefresh) {
        this.afterRefresh = afterRefresh;
    }

    public void start() {
        timer.play();
        refreshNow();
    }

    public void stop() {
        timer.stop();
        if (running != null) running.cancel();
    }

    public void refreshNow() {
        if (running != null && running.isRunning()) return;
        status.setText("Refreshing market data…");
        running = work.submit("Refreshing market data", p -> {
            BarCacheSync sync = new BarCacheSync(dsl, providers.get());
            if (!sync.hasProviders()) return Optional.<List<InstrumentSync>>empty();
            Instant now = clock.instant();
            List<InstrumentSync> results = sync.syncAll(watched(), Timeframe.D1, now.minus(HISTORY), now, p);
            for (InstrumentSync r : results) {
                if (!r.failed() && !r.bars().isEmpty()) alerts.onBars(r.instrumentId(), r.bars());
            }
            return Optional.of(results);
        }, outcome -> outcome.ifPresentOrElse(this::done, () -> status.setText(NO_PROVIDER)), failure -> status.setText("Market data refresh failed: " + failure.getMessage()));
    }

    private List<Instrument> watched() {
        Set<Long> ids = new LinkedHashSet<>();
        for (Watchlist w : watchlists.all()) ids.addAll(w.instrumentIds());
        return ids.stream().map(instruments::find).flatMap(java.util.Optional::stream).toList();
    }

    private void done(List<InstrumentSync> results) {
        long failed = results.stream().filter(InstrumentSync::failed).count();
        String text = "Market data refreshed " + TIME.format(clock.instant()) + " (" + results.size() + " instruments"
                + (failed > 0 ? ", " + failed + " failed" : "") + ")";
        status.setText(text);
        String reasons = results.stream().filter(InstrumentSync::failed).map(r -> r.symbol() + ": " + r.failure()).limit(10)
                .reduce((a, b) -> a + "\n" + b).orElse("All instruments are up to date");
        status.setTooltip(new Tooltip(reasons));
        afterRefresh.run();
    }
}
