package dev.meridian.app.export;

import dev.meridian.app.portfolio.PortfolioService;
import dev.meridian.app.portfolio.ReturnChart;
import dev.meridian.app.work.BackgroundWork;
import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.export.HoldingsCsv;
import dev.meridian.core.export.PerformanceCsv;
import dev.meridian.core.export.TransactionsCsv;
import dev.meridian.core.portfolio.allocation.AllocationDimension;
import dev.meridian.core.portfolio.allocation.AllocationSlice;
import dev.meridian.core.portfolio.statement.HoldingsStatement;
import dev.meridian.core.portfolio.statement.PerformanceFigures;
import dev.meridian.core.portfolio.statement.ReportPeriod;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/**
 * Writes holdings, transactions and performance to CSV, and a full report to PDF, from the
 * {@link PortfolioService}'s figures. Files are written in the background; the charts of the PDF
 * are rendered on the FX thread in between. {@code done} gets a message for the user either way.
 */
public final class PortfolioExports {

    /** What a performance export covers: the scope, an instrument or null, the period and a benchmark or null. */
    public record PerformanceRequest(Long portfolioId, Long instrumentId, ReportPeriod period, LocalDate from, LocalDate to,
                                     Long benchmarkId) {}

    private final PortfolioService service;
    private final BackgroundWork work;
    private final ReportContent content;
    private final String stylesheet;

    public PortfolioExports(PortfolioService service, BackgroundWork work, ReportContent content, String stylesheet) {
        this.service = service;
        this.work = work;
        this.content = content;
        this.stylesheet = stylesheet;
    }

    public void holdingsCsv(Long portfolioId, Path target, Consumer<String> done) {
        work.submit("Exporting holdings", p -> {
            HoldingsStatement h = service.holdings(portfolioId);
            try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                HoldingsCsv.write(h, out);
            }
            return "Saved " + h.lines().size() + " holdings to " + target.getFileName();
        }, done, failure(done));
    }

    public void transactionsCsv(Long portfolioId, Path target, Consumer<String> done) {
        work.submit("Exporting transactions", p -> {
            List<Transaction> all = service.transactions(portfolioId);
            try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                TransactionsCsv.write(all, service.portfolioAccounts(), service.tradedInstruments(), out);
            }
            return "Saved " + all.size() + " transactions to " + target.getFileName();
        }, done, failure(done));
    }

    public void performanceCsv(PerformanceRequest r, Path target, Consumer<String> done) {
        work.submit("Exporting performance", p -> {
            PerformanceFigures f = figures(r);
            try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                PerformanceCsv.write(f, out);
            }
            return "Saved the performance of " + f.scopeLabel() + " to " + target.getFileName();
        }, done, failure(done));
    }

    /** Loads everything, renders the charts on the FX thread, then writes the PDF in the background. */
    public void pdf(PerformanceRequest r, Path target, Consumer<String> done) {
        record Loaded(HoldingsStatement holdings, PerformanceFigures performance, String performanceError, List<AllocationSlice> allocation,
                      List<Transaction> transactions, Map<Long, Account> accounts, Map<Long, Instrument> instruments) { }
        work.submit("Preparing the PDF report", p -> {
            PerformanceFigures f = null;
            String error = null;
            try {
                f = figures(r);
            } catch (IllegalArgumentException e) {
                error = e.getMessage();
            }
            return new Loaded(service.holdings(r.portfolioId()), f, error, service.allocation(r.portfolioId(), AllocationDimension.ASSET_CLASS),
                    service.transactions(r.portfolioId()), service.portfolioAccounts(), service.tradedInstruments());
        }, loaded -> {
            List<PdfReport.Chart> charts = new java.util.ArrayList<>();
            if (loaded.performance() != null) {
                LineChart<Number, Number> chart = ReturnChart.create();
                ReturnChart.show(chart, loaded.performance());
                charts.add(new PdfReport.Chart("Cumulative return", ChartImage.png(chart, 900, 420, stylesheet)));
            }
            charts.add(new PdfReport.Chart("Allocation by asset class", ChartImage.png(allocationChart(loaded.allocation()), 900, 320, stylesheet)));
            work.submit("Writing the PDF report", p -> {
                new PdfReportWriter().write(content.report(loaded.holdings(), loaded.performance(), loaded.allocation(), loaded.transactions(),
                        loaded.accounts(), loaded.instruments(), charts), target);
                return "Saved the report to " + target.getFileName()
                        + (loaded.performanceError() == null ? "" : " (without performance: " + loaded.performanceError() + ")");
            }, done, failure(done));
        }, failure(done));
    }

    /** A request without a benchmark compares with the portfolio's own. */
    private PerformanceFigures figures(PerformanceRequest r) {
        Long benchmark = r.benchmarkId() != null ? r.benchmarkId() : service.defaultBenchmark(r.portfolioId()).orElse(null);
        return service.performance(r.portfolioId(), r.instrumentId(), r.period(), r.from(), r.to(), benchmark);
    }

    private static BarChart<String, Number> allocationChart(List<AllocationSlice> slices) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.getYAxis().setLabel("Weight %");
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        for (AllocationSlice slice : slices) s.getData().add(new XYChart.Data<>(slice.label(), slice.weight().doubleValue() * 100));
        chart.getData().add(s);
        return chart;
    }

    private static Consumer<Throwable> failure(Consumer<String> done) {
        return e -> done.accept("Export failed: " + (e instanceof IOException ? "could not write the file (" + e.getMessage() + ")" : e.getMessage()));
    }
}
