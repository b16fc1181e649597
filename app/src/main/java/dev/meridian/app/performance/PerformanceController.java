package dev.meridian.app.performance;

import dev.meridian.app.accounts.MoneyFormat;
import dev.meridian.app.export.ExportTarget;
import dev.meridian.app.export.PortfolioExports;
import dev.meridian.app.portfolio.FigureFormat;
import dev.meridian.app.portfolio.PortfolioService;
import dev.meridian.app.shell.Screen;
import dev.meridian.app.shell.ScreenAction;
import dev.meridian.app.work.BackgroundWork;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.portfolio.statement.HoldingLine;
import dev.meridian.core.portfolio.statement.ReportPeriod;
import dev.meridian.core.portfolio.statement.StatementScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.scene.Parent;

/**
 * Returns and risk of a portfolio, all portfolios or one security over a chosen period, against a
 * benchmark instrument. Every change of a picker recomputes in the background, cancelling the
 * previous computation; the figures come from the shared {@link PortfolioService}.
 */
public final class PerformanceController implements Screen {

    private final PortfolioService service;
    private final PortfolioExports exports;
    private final BackgroundWork work;
    private final PerformanceModel model = new PerformanceModel();
    private final PerformanceView view;
    private Task<?> pending;
    private boolean loaded;
    private boolean disposed;
    private boolean choosing;

    public PerformanceController(PortfolioService service, PortfolioExports exports, BackgroundWork work, MoneyFormat money, FigureFormat figures) {
        this.service = service;
        this.exports = exports;
        this.work = work;
        this.view = new PerformanceView(model, this, figures, money);
        model.scope.addListener((obs, old, now) -> {
            if (now != null && (old == null || !Objects.equals(old.portfolioId(), now.portfolioId()))) scopeChanged();
        });
        model.security.addListener((obs, old, now) -> recompute());
        model.benchmark.addListener((obs, old, now) -> recompute());
        model.period.addListener((obs, old, now) -> recompute());
        model.from.addListener((obs, old, now) -> recompute());
        model.to.addListener((obs, old, now) -> recompute());
    }

    @Override
    public Parent view() {
        return view.root();
    }

    public PerformanceModel model() {
        return model;
    }

    @Override
    public void onActivate() {
        if (!loaded) {
            loadPickers();
        } else {
            recompute();
        }
    }

    @Override
    public List<ScreenAction> actions() {
        return List.of(new ScreenAction("Export performance to CSV", null, this::exportCsv),
                new ScreenAction("Export performance report to PDF", null, this::exportPdf));
    }

    @Override
    public void dispose() {
        disposed = true;
        if (pending != null) pending.cancel();
        model.clear();
    }

    private void loadPickers() {
        record Pickers(List<StatementScope> scopes, List<Instrument> instruments) { }
        work.submit("Loading performance", p -> new Pickers(service.scopes(), service.instruments()), pickers -> {
            if (disposed) return;
            loaded = true;
            choosing = true;
            model.benchmarks.setAll(pickers.instruments());
            model.scopes.setAll(pickers.scopes());
            choosing = false;
            model.scope.set(pickers.scopes().getFirst());
        });
    }

    /** A new scope: its securities and its own benchmark, then the figures. */
    private void scopeChanged() {
        Long id = model.scope.get().portfolioId();
        record ScopeData(List<HoldingLine> held, Optional<Long> benchmark) { }
        work.submit("Loading " + model.scope.get().label(), p -> new ScopeData(service.holdings(id).lines(), service.defaultBenchmark(id)), data -> {
            if (disposed) return;
            choosing = true;
            List<PerformanceModel.SecurityChoice> choices = new ArrayList<>();
            choices.add(PerformanceModel.SecurityChoice.WHOLE_SCOPE);
            data.held().forEach(l -> choices.add(new PerformanceModel.SecurityChoice(l.instrument())));
            model.securities.setAll(choices);
            model.security.set(PerformanceModel.SecurityChoice.WHOLE_SCOPE);
            data.benchmark().flatMap(b -> model.benchmarks.stream().filter(i -> i.id() == b).findFirst())
                    .ifPresent(model.benchmark::set);
            choosing = false;
            recompute();
        });
    }

    /** Recomputes the figures for the pickers' current values; a newer request cancels an older one. */
    void recompute() {
        if (disposed || choosing || model.scope.get() == null) return;
        PortfolioExports.PerformanceRequest request = request();
        if (request.period() == ReportPeriod.CUSTOM && (request.from() == null || request.to() == null)) {
            model.message.set("Custom period: choose both dates.");
            return;
        }
        if (request.from() != null && request.to() != null && request.from().isAfter(request.to())) {
            model.message.set("Custom period: 'From' is after 'To'.");
            return;
        }
        if (pending != null) pending.cancel();
        model.loading.set(true);
        pending = work.submit("Measuring performance", p -> service.performance(request.portfolioId(), request.instrumentId(), request.period(),
                request.from(), request.to(), request.benchmarkId()), figures -> {
                    model.loading.set(false);
                    if (disposed) return;
                    model.message.set("");
                    model.figures.set(figures);
                }, e -> {
                    model.loading.set(false);
                    model.figures.set(null);
                    model.message.set("Cannot measure this period: " + e.getMessage());
                });
    }

    private PortfolioExports.PerformanceRequest request() {
        ReportPeriod period = model.period.get();
        boolean custom = period == ReportPeriod.CUSTOM;
        PerformanceModel.SecurityChoice security = model.security.get();
        return new PortfolioExports.PerformanceRequest(model.scope.get().portfolioId(), security == null ? null : security.instrumentId(),
                period, custom ? model.from.get() : null, custom ? model.to.get() : null,
                model.benchmark.get() == null ? null : model.benchmark.get().id());
    }

    void exportCsv() {
        choose("performance", "csv").ifPresent(this::exportCsv);
    }

    public void exportCsv(Path target) {
        exports.performanceCsv(request(), target, model.message::set);
    }

    void exportPdf() {
        choose("performance report", "pdf").ifPresent(this::exportPdf);
    }

    public void exportPdf(Path target) {
        exports.pdf(request(), target, model.message::set);
    }

    private Optional<Path> choose(String what, String extension) {
        if (model.scope.get() == null) return Optional.empty();
        return ExportTarget.choose(view.window(), what, model.scope.get().label(), extension);
    }
}
