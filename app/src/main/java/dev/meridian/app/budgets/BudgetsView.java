package dev.meridian.app.budgets;

import dev.meridian.app.accounts.MoneyFormat;
import dev.meridian.app.coach.CoachStyles;
import dev.meridian.app.report.ReportExport;
import dev.meridian.core.coach.budget.BudgetLine;
import dev.meridian.core.coach.budget.BudgetOverview;
import dev.meridian.core.coach.budget.GroupTotal;
import dev.meridian.core.domain.BudgetGroup;
import dev.meridian.core.money.Money;
import java.io.File;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Month picker, one progress bar per budget grouped by needs / wants / savings, and the screen's actions. */
final class BudgetsView {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.getDefault(Locale.Category.FORMAT));

    private final VBox root = new VBox();
    private final VBox lines = new VBox();
    private final BudgetsModel model;
    private final BudgetsController controller;
    private final MoneyFormat money;

    BudgetsView(BudgetsModel model, BudgetsController controller, MoneyFormat money) {
        this.model = model;
        this.controller = controller;
        this.money = money;
        root.setId("budgets-screen");
        root.getStyleClass().add("screen");
        root.getStylesheets().add(CoachStyles.STYLESHEET);

        Label title = new Label("Budgets");
        title.getStyleClass().add("screen-title");
        Button previous = new Button(null, new FontIcon(Feather.CHEVRON_LEFT));
        previous.setId("budget-previous");
        previous.setTooltip(new Tooltip("Previous month"));
        previous.setOnAction(e -> controller.shiftMonth(-1));
        Label month = new Label();
        month.setId("budget-month");
        month.getStyleClass().add("coach-month");
        month.textProperty().bind(model.month.map(MONTH::format));
        Button next = new Button(null, new FontIcon(Feather.CHEVRON_RIGHT));
        next.setId("budget-next");
        next.setTooltip(new Tooltip("Next month"));
        next.setOnAction(e -> controller.shiftMonth(1));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button template = new Button("50/30/20", new FontIcon(Feather.PIE_CHART));
        template.setId("budget-template");
        template.setTooltip(new Tooltip("Budget from income: 50 % needs, 30 % wants, 20 % savings"));
        template.setOnAction(e -> controller.applyTemplate());
        Button csv = new Button("CSV", new FontIcon(Feather.DOWNLOAD));
        csv.setId("budget-export-csv");
        csv.setTooltip(new Tooltip("Export this month's report as CSV"));
        csv.setOnAction(e -> controller.export(ReportExport.Format.CSV));
        Button pdf = new Button("PDF", new FontIcon(Feather.FILE_TEXT));
        pdf.setId("budget-export-pdf");
        pdf.setTooltip(new Tooltip("Export this month's report as PDF"));
        pdf.setOnAction(e -> controller.export(ReportExport.Format.PDF));
        HBox header = new HBox(title, previous, month, next, spacer, template, csv, pdf);
        header.getStyleClass().add("toolbar-row");

        Label income = new Label();
        income.setId("budget-income");
        income.getStyleClass().add("coach-muted");
        income.textProperty().bind(model.overview.map(o -> "Typical monthly income (median of the last 3 months): "
                + money.format(o.typicalIncome())).orElse(""));
        Label message = new Label();
        message.setId("budget-message");
        message.textProperty().bind(model.message);
        message.visibleProperty().bind(model.message.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        lines.setId("budget-lines");
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(header, income, message, scroll);
        model.overview.addListener((obs, old, now) -> render(now));
    }

    Parent root() {
        return root;
    }

    private void render(BudgetOverview overview) {
        lines.getChildren().clear();
        if (overview == null) return;
        if (overview.month().lines().isEmpty()) {
            lines.getChildren().add(new Label("No budgets in " + MONTH.format(model.month.get()) + ". Try the 50/30/20 template."));
            return;
        }
        for (GroupTotal g : overview.month().groups()) {
            lines.getChildren().add(groupHeader(g));
            for (BudgetLine l : overview.month().lines()) {
                if (l.category().group() == g.group()) lines.getChildren().add(row(l));
            }
        }
    }

    private HBox groupHeader(GroupTotal g) {
        Label name = new Label(groupName(g.group()));
        name.getStyleClass().addAll("budget-group-name", "budget-category");
        ProgressBar bar = bar(fraction(g.spent(), g.available()));
        Label figures = new Label(money.format(g.spent()) + " of " + money.format(g.available()));
        figures.getStyleClass().add("budget-figures");
        Money left = g.available().minus(g.spent());
        Label remaining = new Label(left.signum() < 0 ? money.format(left.negate()) + " over" : money.format(left) + " left");
        remaining.getStyleClass().addAll("budget-remaining", left.signum() < 0 ? "money-negative" : "coach-muted");
        // Same columns as the category rows below (the edit button's place stays empty), so the bars line up.
        Region editSlot = new Region();
        editSlot.getStyleClass().add("budget-edit-slot");
        HBox row = new HBox(name, bar, figures, remaining, editSlot);
        row.getStyleClass().addAll("budget-row", "budget-group-header");
        row.setId("budget-group-" + (g.group() == null ? "other" : g.group().name().toLowerCase()));
        return row;
    }

    private HBox row(BudgetLine l) {
        Label name = new Label(l.category().name());
        name.getStyleClass().add("budget-category");
        ProgressBar bar = bar(l.progress());
        Label figures = new Label(money.format(l.spent()) + " of " + money.format(l.available()));
        figures.getStyleClass().add("budget-figures");
        if (l.carried().signum() != 0) figures.setTooltip(new Tooltip("Includes " + money.format(l.carried()) + " rolled over"));
        Label remaining = new Label(l.remaining().signum() < 0 ? money.format(l.remaining().negate()) + " over"
                : money.format(l.remaining()) + " left");
        remaining.getStyleClass().addAll("budget-remaining", l.remaining().signum() < 0 ? "money-negative" : "coach-muted");
        Button edit = new Button(null, new FontIcon(Feather.EDIT_2));
        edit.getStyleClass().addAll("flat", "small");
        edit.setId("budget-edit-" + l.category().id());
        edit.setTooltip(new Tooltip("Change the budget of " + l.category().name()));
        edit.setOnAction(e -> controller.edit(l));
        HBox row = new HBox(name, bar, figures, remaining, edit);
        row.getStyleClass().add("budget-row");
        row.setAlignment(Pos.CENTER_LEFT);
        row.setId("budget-row-" + l.category().id());
        row.setUserData(l);
        return row;
    }

    private static ProgressBar bar(double progress) {
        ProgressBar bar = new ProgressBar(Double.isFinite(progress) ? Math.min(1, Math.max(0, progress)) : 1);
        bar.getStyleClass().add("budget-bar");
        if (progress > 1) bar.getStyleClass().add("exceeded");
        else if (progress >= 0.8) bar.getStyleClass().add("warning");
        HBox.setHgrow(bar, Priority.ALWAYS);
        bar.setMaxWidth(Double.MAX_VALUE);
        return bar;
    }

    private static double fraction(Money spent, Money available) {
        if (available.signum() <= 0) return spent.signum() > 0 ? 2 : 0;
        return spent.amount().doubleValue() / available.amount().doubleValue();
    }

    static String groupName(BudgetGroup g) {
        if (g == null) return "Other";
        return switch (g) {
            case NEEDS -> "Needs";
            case WANTS -> "Wants";
            case SAVINGS -> "Savings";
        };
    }

    Optional<String> askAmount(BudgetLine line) {
        TextInputDialog dialog = new TextInputDialog(MoneyFormat.plain(line.budget().monthlyAmount().amount()));
        dialog.initOwner(window());
        dialog.setTitle("Budget");
        dialog.setHeaderText("Monthly budget for " + line.category().name() + " from " + MONTH.format(model.month.get()) + " on");
        dialog.setContentText("Amount (" + line.budget().monthlyAmount().currency() + "):");
        dialog.getDialogPane().setId("budget-amount-dialog");
        return dialog.showAndWait();
    }

    boolean confirmTemplate(BudgetOverview overview) {
        String plan = overview.template().stream()
                .map(p -> groupName(p.group()) + " · " + p.categoryName() + ": " + money.format(p.amount()))
                .collect(Collectors.joining("\n"));
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, plan, new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        confirm.initOwner(window());
        confirm.setTitle("50/30/20 budget");
        confirm.setHeaderText("From a typical income of " + money.format(overview.typicalIncome()) + ": 50 % needs, 30 % wants, 20 % savings,"
                + "\nsplit by what each category cost over the last three months. From " + MONTH.format(model.month.get()) + " on:");
        confirm.getDialogPane().setId("budget-template-dialog");
        return confirm.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
    }

    Optional<Path> askExportFile(YearMonth month, ReportExport.Format format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export report " + month);
        String ext = format.name().toLowerCase();
        chooser.setInitialFileName("meridian-report-" + month + "." + ext);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(), "*." + ext));
        File file = chooser.showSaveDialog(window());
        return Optional.ofNullable(file).map(File::toPath);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
