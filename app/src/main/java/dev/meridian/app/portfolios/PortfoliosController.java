package dev.meridian.app.portfolios;

import dev.meridian.app.accounts.MoneyFormat;
import dev.meridian.app.export.ExportTarget;
import dev.meridian.app.export.PortfolioExports;
import dev.meridian.app.portfolio.FigureFormat;
import dev.meridian.app.portfolio.PortfolioService;
import dev.meridian.app.shell.Screen;
import dev.meridian.app.shell.ScreenAction;
import dev.meridian.app.work.BackgroundWork;
import dev.meridian.core.portfolio.allocation.AllocationSlice;
import dev.meridian.core.portfolio.statement.HoldingLine;
import dev.meridian.core.portfolio.statement.HoldingsStatement;
import dev.meridian.core.portfolio.statement.PositionDetail;
import dev.meridian.core.portfolio.statement.RebalancingView;
import dev.meridian.core.portfolio.statement.ReportPeriod;
import dev.meridian.core.portfolio.statement.StatementScope;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.concurrent.Task;
import javafx.scene.Parent;

/**
 * Holdings of a portfolio (or all), the lots and bookings of the selected position, allocation by
 * a chosen dimension and the rebalancing plan toward stored targets. Every figure comes from the
 * shared {@link PortfolioService}, loaded in the background.
 */
public final class PortfoliosController implements Screen {

    private final PortfolioService service;
    private final PortfolioExports exports;
    private final BackgroundWork work;
    private final PortfoliosModel model = new PortfoliosModel();
    private final PortfoliosView view;
    private Task<?> pendingScope;
    private Task<?> pendingPosition;
    private boolean disposed;

    public PortfoliosController(PortfolioService service, PortfolioExports exports, BackgroundWork work, MoneyFormat money, FigureFormat figures) {
        this.service = service;
        this.exports = exports;
        this.work = work;
        this.view = new PortfoliosView(model, this, money, figures);
        model.scope.addListener((obs, old, now) -> {
            if (now != null && (old == null || !Objects.equals(old.portfolioId(), now.portfolioId()))) loadScope();
        });
        model.dimension.addListener((obs, old, now) -> loadAllocation());
    }

    @Override
    public Parent view() {
        return view.root();
    }

    public PortfoliosModel model() {
        return model;
    }

    @Override
    public void onActivate() {
        reload();
    }

    @Override
    public List<ScreenAction> actions() {
        return List.of(new ScreenAction("Export holdings to CSV", null, this::exportHoldingsCsv),
                new ScreenAction("Export portfolio report to PDF", null, this::exportPdf),
                new ScreenAction("Reload portfolios", null, this::reload));
    }

    @Override
    public void dispose() {
        disposed = true;
        if (pendingScope != null) pendingScope.cancel();
        if (pendingPosition != null) pendingPosition.cancel();
        model.clear();
    }

    /** Reloads the scope list (the service reloads its book if the vault changed), then the chosen scope. */
    public void reload() {
        if (disposed) return;
        work.submit("Loading portfolios", p -> service.scopes(), scopes -> {
            if (disposed) return;
            Long keep = model.scope.get() == null ? null : model.scope.get().portfolioId();
            boolean had = model.scope.get() != null;
            model.scopes.setAll(scopes);
            StatementScope chosen = scopes.stream().filter(s -> had && Objects.equals(s.portfolioId(), keep)).findFirst()
                    .orElse(scopes.getFirst());
            if (model.scope.get() != null && Objects.equals(model.scope.get().portfolioId(), chosen.portfolioId())) {
                model.scope.set(chosen);
                loadScope();
            } else {
                model.scope.set(chosen);
            }
        });
    }

    private void loadScope() {
        if (disposed || model.scope.get() == null) return;
        Long id = model.scope.get().portfolioId();
        record Loaded(HoldingsStatement holdings, List<AllocationSlice> allocation, RebalancingView rebalancing) { }
        if (pendingScope != null) pendingScope.cancel();
        model.loading.set(true);
        var dimension = model.dimension.get();
        pendingScope = work.submit("Valuing " + model.scope.get().label(),
                p -> new Loaded(service.holdings(id), service.allocation(id, dimension), service.rebalancing(id).orElse(null)), loaded -> {
                    model.loading.set(false);
                    if (disposed) return;
                    model.statement.set(loaded.holdings());
                    model.allocation.setAll(loaded.allocation());
                    model.rebalancing.set(loaded.rebalancing());
                    model.message.set("");
                    select(null);
                }, e -> {
                    model.loading.set(false);
                    model.message.set("Could not value " + model.scope.get().label() + ": " + e.getMessage());
                });
    }

    private void loadAllocation() {
        if (disposed || model.scope.get() == null) return;
        Long id = model.scope.get().portfolioId();
        var dimension = model.dimension.get();
        work.submit("Allocation by " + dimension, p -> service.allocation(id, dimension), slices -> {
            if (!disposed) model.allocation.setAll(slices);
        });
    }

    /** Drill-down: shows the lots and bookings of the selected holding. */
    void select(HoldingLine line) {
        model.selected.set(line);
        if (pendingPosition != null) pendingPosition.cancel();
        if (line == null || model.scope.get() == null) {
            model.lots.clear();
            model.positionTransactions.clear();
            return;
        }
        Long id = model.scope.get().portfolioId();
        long instrument = line.instrument().id();
        pendingPosition = work.submit("Loading " + line.instrument().symbol(), p -> service.position(id, instrument), (PositionDetail d) -> {
            if (disposed) return;
            model.lots.setAll(d.lots());
            model.positionTransactions.setAll(d.transactions());
        });
    }

    void exportHoldingsCsv() {
        choose("holdings", "csv").ifPresent(path -> exportHoldingsCsv(path));
    }

    public void exportHoldingsCsv(Path target) {
        exports.holdingsCsv(scopeId(), target, model.message::set);
    }

    void exportTransactionsCsv() {
        choose("transactions", "csv").ifPresent(path -> exports.transactionsCsv(scopeId(), path, model.message::set));
    }

    void exportPdf() {
        choose("report", "pdf").ifPresent(this::exportPdf);
    }

    /** A report over the last year against the portfolio's own benchmark. */
    public void exportPdf(Path target) {
        exports.pdf(new PortfolioExports.PerformanceRequest(scopeId(), null, ReportPeriod.ONE_YEAR, null, null, null), target, model.message::set);
    }

    private java.util.Optional<Path> choose(String what, String extension) {
        if (model.scope.get() == null) return java.util.Optional.empty();
        return ExportTarget.choose(view.window(), what, model.scope.get().label(), extension);
    }

    private Long scopeId() {
        return model.scope.get() == null ? null : model.scope.get().portfolioId();
    }
}
