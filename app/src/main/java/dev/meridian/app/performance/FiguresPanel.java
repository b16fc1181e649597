package dev.meridian.app.performance;

import dev.meridian.app.accounts.MoneyFormat;
import dev.meridian.app.portfolio.FigureFormat;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import dev.meridian.core.portfolio.performance.PerformanceReport;
import dev.meridian.core.portfolio.performance.XirrResult;
import dev.meridian.core.portfolio.risk.Drawdown;
import dev.meridian.core.portfolio.statement.PerformanceFigures;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

/** The figures beside the chart: returns, gain, risk and benchmark comparison, each with a stable node id. */
final class FiguresPanel {

    private final GridPane grid = new GridPane();
    private final FigureFormat format;
    private final MoneyFormat money;
    private int row;
    private final Label ttwror = figure("perf-ttwror", "TTWROR", "True time-weighted return over the period, daily chained");
    private final Label annualized = figure("perf-annualized", "TTWROR p.a.", "Time-weighted return per year");
    private final Label irr = figure("perf-irr", "IRR", "Money-weighted return (XIRR), per year");
    private final Label gain = figure("perf-gain", "Absolute gain", "End value - start value - deposits + withdrawals");
    private final Label volatility = figure("perf-volatility", "Volatility", "Annualized standard deviation of daily returns");
    private final Label drawdown = figure("perf-drawdown", "Max drawdown", "Deepest fall from a previous high");
    private final Label duration = figure("perf-drawdown-days", "Drawdown duration", "Calendar days from the peak to recovery (or to today)");
    private final Label sharpe = figure("perf-sharpe", "Sharpe", "Risk-free rate 0");
    private final Label sortino = figure("perf-sortino", "Sortino", "Risk-free rate 0");
    private final Label beta = figure("perf-beta", "Beta", "Against the chosen benchmark");
    private final Label correlation = figure("perf-correlation", "Correlation", "Against the chosen benchmark");
    private final Label note = new Label();

    FiguresPanel(PerformanceModel model, FigureFormat format, MoneyFormat money) {
        this.format = format;
        this.money = money;
        grid.setId("perf-figures");
        grid.getStyleClass().add("figures-panel");
        grid.setHgap(16);
        grid.setVgap(6);
        note.setId("perf-note");
        note.getStyleClass().add("hint");
        note.setWrapText(true);
        note.setMaxWidth(240);
        grid.add(note, 0, row, 2, 1);
        model.figures.addListener((obs, old, f) -> show(f));
    }

    Parent root() {
        return grid;
    }

    private Label figure(String id, String name, String help) {
        Label label = new Label(name);
        label.setTooltip(new Tooltip(help));
        label.getStyleClass().add("figure-name");
        Label value = new Label(FigureFormat.NONE);
        value.setId(id);
        value.getStyleClass().add("figure-value");
        grid.add(label, 0, row);
        grid.add(value, 1, row);
        row++;
        return value;
    }

    private void show(PerformanceFigures f) {
        if (f == null) {
            for (Label l : new Label[] {ttwror, annualized, irr, gain, volatility, drawdown, duration, sharpe, sortino, beta, correlation}) {
                l.setText(FigureFormat.NONE);
            }
            note.setText("");
            return;
        }
        PerformanceReport r = f.report();
        ttwror.setText(format.percent(r.ttwror(), true));
        annualized.setText(format.percent(r.ttwrorAnnualized(), true));
        irr.setText(r.irr() instanceof XirrResult.Rate rate ? format.percent(rate.rate(), true) : FigureFormat.NONE);
        irr.setTooltip(r.irr() instanceof XirrResult.NoSolution none ? new Tooltip(none.reason()) : null);
        gain.setText(Double.isFinite(r.absoluteGain()) ? money.format(new Money(BigDecimal.valueOf(r.absoluteGain()), r.currency())) : FigureFormat.NONE);
        StringBuilder notes = new StringBuilder();
        f.riskReport().ifPresentOrElse(risk -> {
            volatility.setText(format.percent(risk.volatility(), false));
            Drawdown d = risk.maxDrawdown();
            drawdown.setText(format.percent(-d.depth(), false));
            duration.setText(d.durationDays() + " days" + (d.recovery() == null && d.depth() > 0 ? " (not recovered)" : ""));
            sharpe.setText(format.ratio(risk.sharpe()));
            sortino.setText(format.ratio(risk.sortino()));
        }, () -> {
            for (Label l : new Label[] {volatility, drawdown, duration, sharpe, sortino}) l.setText(FigureFormat.NONE);
            notes.append("Risk: ").append(f.riskUnavailable()).append(". ");
        });
        f.benchmarkComparison().ifPresentOrElse(c -> {
            beta.setText(format.ratio(c.beta()));
            correlation.setText(format.ratio(c.correlation()));
        }, () -> {
            beta.setText(FigureFormat.NONE);
            correlation.setText(FigureFormat.NONE);
            notes.append("Benchmark: ").append(f.comparisonUnavailable()).append('.');
        });
        note.setText(notes.toString().trim());
    }
}
