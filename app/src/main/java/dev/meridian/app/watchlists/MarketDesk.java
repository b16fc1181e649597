package dev.meridian.app.watchlists;

import dev.meridian.app.alerts.AlertService;
import dev.meridian.app.alerts.NotificationCentre;
import dev.meridian.app.work.BackgroundWork;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.market.quote.QuoteBoard;
import dev.meridian.core.repo.BarRepository;
import dev.meridian.core.repo.InstrumentRepository;
import dev.meridian.core.repo.NotificationRepository;
import dev.meridian.core.repo.WatchlistRepository;
import dev.meridian.sync.market.MarketDataProvider;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.jooq.DSLContext;

/**
 * The market side of a session, built once by the workstation: the shared quote board, the alerts and their
 * notification centre, the scheduled bar cache refresh, and the watchlists screen on top of them. Live streams
 * (when the integrator wires them) feed {@link #quotes()} and {@link AlertService#engine()}.
 */
public final class MarketDesk {

    /** How often the bar cache refreshes in the background. */
    public static final Duration REFRESH_EVERY = Duration.ofMinutes(15);

    private final QuoteBoard quotes = new QuoteBoard();
    private final NotificationCentre notifications;
    private final AlertService alerts;
    private final CacheRefresh refresh;
    private final WatchlistRepository watchlists;
    private final InstrumentRepository instruments;
    private final BarRepository bars;
    private final BackgroundWork work;
    private WatchlistsController screen;

    public MarketDesk(DSLContext dsl, InstrumentRepository instruments, BarRepository bars, BackgroundWork work,
                      Supplier<List<MarketDataProvider>> providers) {
        this.instruments = instruments;
        this.bars = bars;
        this.work = work;
        this.watchlists = new WatchlistRepository(dsl);
        this.notifications = new NotificationCentre(new NotificationRepository(dsl), work);
        this.alerts = new AlertService(dsl, instruments, bars, notifications::arrived);
        this.refresh = new CacheRefresh(dsl, providers, watchlists, instruments, alerts.engine(), work, REFRESH_EVERY,
                Clock.systemUTC());
        refresh.setAfterRefresh(() -> {
            if (screen != null) screen.reload();
        });
    }

    /** Loads alerts and notifications and starts the refresh schedule. */
    public void start() {
        notifications.load();
        work.submit("Loading alerts", p -> alerts.loadActive(), n -> { });
        refresh.start();
    }

    public void stop() {
        refresh.stop();
    }

    /** The status bar's part: refresh state and the notification bell. */
    public List<Node> statusItems() {
        return List.of(refresh.statusLabel(), notifications.bell());
    }

    public WatchlistsController watchlistsScreen(Consumer<Instrument> openChart) {
        screen = new WatchlistsController(watchlists, instruments, bars, quotes, alerts, work, openChart, refresh::refreshNow, Clock.systemUTC());
        return screen;
    }

    public QuoteBoard quotes() {
        return quotes;
    }

    public AlertService alerts() {
        return alerts;
    }

    public NotificationCentre notifications() {
        return notifications;
    }
}
