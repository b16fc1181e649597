package dev.meridian.app.budgets;

import dev.meridian.app.accounts.AmountParser;
import dev.meridian.app.accounts.MoneyFormat;
import dev.meridian.app.report.ReportExport;
import dev.meridian.app.shell.Screen;
import dev.meridian.app.shell.ScreenAction;
import dev.meridian.app.work.BackgroundWork;
import dev.meridian.core.coach.budget.BudgetLine;
import dev.meridian.core.coach.budget.BudgetOverview;
import dev.meridian.core.coach.budget.BudgetPlanner;
import dev.meridian.core.coach.budget.BudgetProposal;
import dev.meridian.core.coach.report.MonthReports;
import dev.meridian.core.money.Money;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.scene.Parent;

/** Budgets per category and month: progress, edits, the 50/30/20 template and the month report export. */
public final class BudgetsController implements Screen {

    private final BudgetPlanner planner;
    private final MonthReports reports;
    private final BackgroundWork work;
    private final ReportExport export;
    private final BudgetsModel model = new BudgetsModel();
    private final BudgetsView view;
    private Task<?> pendingLoad;
    private boolean disposed;

    public BudgetsController(BudgetPlanner planner, MonthReports reports, BackgroundWork work, MoneyFormat money) {
        this.planner = planner;
        this.reports = reports;
        this.work = work;
        this.export = new ReportExport(money);
        this.view = new BudgetsView(model, this, money);
    }

    @Override
    public Parent view() {
        return view.root();
    }

    public BudgetsModel model() {
        return model;
    }

    @Override
    public void onActivate() {
        reload();
    }

    @Override
    public List<ScreenAction> actions() {
        return List.of(new ScreenAction("Budgets: previous month", null, () -> shiftMonth(-1)),
                new ScreenAction("Budgets: next month", null, () -> shiftMonth(1)),
                new ScreenAction("Budgets: apply the 50/30/20 template", null, this::applyTemplate));
    }

    @Override
    public void dispose() {
        disposed = true;
        if (pendingLoad != null) pendingLoad.cancel();
        model.clear();
    }

    void shiftMonth(int months) {
        model.month.set(model.month.get().plusMonths(months));
        reload();
    }

    void reload() {
        if (disposed) return;
        if (pendingLoad != null) pendingLoad.cancel();
        YearMonth month = model.month.get();
        model.loading.set(true);
        pendingLoad = work.submit("Loading budgets for " + month, p -> planner.overview(month), overview -> {
            model.loading.set(false);
            if (month.equals(model.month.get())) model.overview.set(overview);
        }, failure -> {
            model.loading.set(false);
            model.message.set("Could not load budgets: " + failure.getMessage());
        });
    }

    /** Asks for a new monthly amount for the line's category, from the month shown on. */
    void edit(BudgetLine line) {
        view.askAmount(line).ifPresent(text -> setAmount(line, text));
    }

    /** Validates and saves {@code text} as the line's new monthly amount; a bad amount changes nothing and says why. */
    public void setAmount(BudgetLine line, String text) {
        String ccy = line.budget().monthlyAmount().currency();
        switch (AmountParser.parse("Budget for " + line.category().name(), text, ccy)) {
            case AmountParser.Invalid invalid -> model.message.set(invalid.message());
            case AmountParser.Parsed parsed -> {
                YearMonth month = model.month.get();
                Money amount = new Money(parsed.value(), ccy);
                work.submit("Saving budget", p -> planner.setAmount(line.category().id(), month, amount), saved -> {
                    model.message.set(line.category().name() + ": budget set from " + month + " on.");
                    reload();
                }, failure -> model.message.set(failure.getMessage()));
            }
        }
    }

    /** Shows the 50/30/20 proposal and, when the user agrees, makes it the budget from the month shown on. */
    public void applyTemplate() {
        BudgetOverview overview = model.overview.get();
        if (overview == null) return;
        if (overview.template().isEmpty()) {
            model.message.set("No income in the three months before " + model.month.get() + ": the 50/30/20 template needs one.");
            return;
        }
        if (view.confirmTemplate(overview)) saveTemplate(overview.template());
    }

    void saveTemplate(List<BudgetProposal> proposals) {
        YearMonth month = model.month.get();
        work.submit("Applying 50/30/20", p -> {
            planner.applyTemplate(month, proposals);
            return proposals.size();
        }, n -> {
            model.message.set("50/30/20 applied to " + n + " categories from " + month + " on.");
            reload();
        }, failure -> model.message.set(failure.getMessage()));
    }

    void export(ReportExport.Format format) {
        YearMonth month = model.month.get();
        Optional<Path> file = view.askExportFile(month, format);
        file.ifPresent(target -> exportTo(format, target));
    }

    public void exportTo(ReportExport.Format format, Path target) {
        YearMonth month = model.month.get();
        work.submit("Exporting report " + month, p -> {
            export.write(reports.build(month), format, target);
            return target;
        }, written -> model.message.set("Report written to " + written), failure -> model.message.set("Export failed: " + failure.getMessage()));
    }
}
