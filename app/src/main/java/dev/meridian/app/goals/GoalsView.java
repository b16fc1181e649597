package dev.meridian.app.goals;

import dev.meridian.app.accounts.MoneyFormat;
import dev.meridian.app.coach.CoachStyles;
import dev.meridian.core.coach.goals.GoalProgress;
import dev.meridian.core.coach.goals.GoalStatus;
import java.time.LocalDate;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** One card per goal: progress bar, saved of target, pace and projection, status badge, add contribution. */
final class GoalsView {

    private final VBox root = new VBox();
    private final FlowPane cards = new FlowPane(12, 12);
    private final GoalsModel model;
    private final GoalsController controller;
    private final MoneyFormat money;

    GoalsView(GoalsModel model, GoalsController controller, MoneyFormat money) {
        this.model = model;
        this.controller = controller;
        this.money = money;
        root.setId("goals-screen");
        root.getStyleClass().add("screen");
        root.getStylesheets().add(CoachStyles.STYLESHEET);
        Label title = new Label("Goals");
        title.getStyleClass().add("screen-title");
        Label message = new Label();
        message.setId("goal-message");
        message.textProperty().bind(model.message);
        message.visibleProperty().bind(model.message.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        cards.setId("goal-cards");
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(title, message, scroll);
        model.goals.addListener((ListChangeListener<GoalProgress>) c -> render());
    }

    Parent root() {
        return root;
    }

    private void render() {
        cards.getChildren().setAll(model.goals.stream().map(this::card).toList());
        if (model.goals.isEmpty()) cards.getChildren().setAll(new Label("No goals yet."));
    }

    private VBox card(GoalProgress p) {
        Label name = new Label(p.goal().name());
        name.getStyleClass().add("goal-name");
        Label status = new Label(statusText(p.status()));
        status.getStyleClass().addAll("coach-badge", switch (p.status()) {
            case REACHED, ON_TRACK -> "success";
            case BEHIND -> "danger";
            case STALLED -> "warning";
        });
        status.setId("goal-status-" + p.goal().id());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, name, spacer, status);
        ProgressBar bar = new ProgressBar(Math.min(1, p.fraction()));
        bar.setMaxWidth(Double.MAX_VALUE);
        Label saved = new Label(money.format(p.saved()) + " of " + money.format(p.goal().target())
                + String.format(" (%.0f %%)", p.fraction() * 100));
        VBox card = new VBox(top, bar, saved);
        card.getStyleClass().add("goal-card");
        card.setId("goal-card-" + p.goal().id());
        if (p.goal().targetDate() != null) card.getChildren().add(muted("Target date " + p.goal().targetDate()));
        card.getChildren().add(muted("Saving " + money.format(p.monthlyPace()) + " a month lately"
                + (p.goal().linkedAccountId() != null ? " (linked account)" : "")));
        if (p.status() != GoalStatus.REACHED) {
            card.getChildren().add(muted(p.projectedDate() == null ? "No projection: nothing saved lately"
                    : "At this pace: reached " + p.projectedDate()));
            if (p.requiredMonthly().signum() > 0) card.getChildren().add(muted("Needed from now: " + money.format(p.requiredMonthly()) + " a month"));
        }
        if (p.goal().linkedAccountId() == null) {
            Button add = new Button("Add contribution", new FontIcon(Feather.PLUS));
            add.getStyleClass().add("small");
            add.setId("goal-contribute-" + p.goal().id());
            add.setOnAction(e -> controller.contribute(p));
            card.getChildren().add(add);
        }
        return card;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("coach-muted");
        l.setWrapText(true);
        return l;
    }

    private static String statusText(GoalStatus s) {
        return switch (s) {
            case REACHED -> "Reached";
            case ON_TRACK -> "On track";
            case BEHIND -> "Behind";
            case STALLED -> "Stalled";
        };
    }

    Optional<GoalsController.ContributionInput> askContribution(GoalProgress p) {
        Dialog<GoalsController.ContributionInput> dialog = new Dialog<>();
        dialog.initOwner(window());
        dialog.setTitle("Add contribution");
        dialog.setHeaderText(p.goal().name());
        dialog.getDialogPane().setId("goal-contribution-dialog");
        TextField amount = new TextField();
        amount.setId("goal-contribution-amount");
        amount.setPromptText("0.00");
        DatePicker date = new DatePicker(LocalDate.now());
        TextField note = new TextField();
        GridPane grid = new GridPane(8, 8);
        grid.addRow(0, new Label("Amount (" + p.goal().target().currency() + ")"), amount);
        grid.addRow(1, new Label("Date"), date);
        grid.addRow(2, new Label("Note"), note);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? new GoalsController.ContributionInput(amount.getText(), date.getValue(), note.getText()) : null);
        return dialog.showAndWait();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
