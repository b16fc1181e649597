package dev.meridian.app.dashboard;

import dev.meridian.app.accounts.MoneyFormat;
import dev.meridian.app.portfolio.FigureFormat;
import dev.meridian.app.portfolio.PortfolioService;
import dev.meridian.app.shell.Screen;
import dev.meridian.app.shell.ScreenAction;
import dev.meridian.app.work.BackgroundWork;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.scene.Parent;

/** The first screen after unlock: the whole picture at a glance, computed by the shared {@link PortfolioService}. */
public final class DashboardController implements Screen {

    static final int MOVERS = 5;
    static final int RECENT = 8;

    private final PortfolioService service;
    private final BackgroundWork work;
    private final DashboardModel model = new DashboardModel();
    private final DashboardView view;
    private Task<?> pending;
    private boolean disposed;

    public DashboardController(PortfolioService service, BackgroundWork work, MoneyFormat money, FigureFormat figures,
                               ObservableValue<Boolean> dark) {
        this.service = service;
        this.work = work;
        this.view = new DashboardView(model, money, figures, dark);
    }

    @Override
    public Parent view() {
        return view.root();
    }

    public DashboardModel model() {
        return model;
    }

    @Override
    public void onActivate() {
        reload();
    }

    @Override
    public List<ScreenAction> actions() {
        return List.of(new ScreenAction("Refresh dashboard", null, this::reload));
    }

    @Override
    public void dispose() {
        disposed = true;
        if (pending != null) pending.cancel();
        model.summary.set(null);
    }

    public void reload() {
        if (disposed) return;
        if (pending != null) pending.cancel();
        pending = work.submit("Computing the dashboard", p -> service.dashboard(MOVERS, RECENT), summary -> {
            if (disposed) return;
            model.message.set("");
            model.summary.set(summary);
        }, e -> model.message.set("Could not compute the dashboard: " + e.getMessage()));
    }
}
