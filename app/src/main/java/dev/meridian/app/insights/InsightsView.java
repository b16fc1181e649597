package dev.meridian.app.insights;

import dev.meridian.app.accounts.MoneyFormat;
import dev.meridian.app.coach.CoachStyles;
import dev.meridian.core.coach.forecast.Forecast;
import dev.meridian.core.coach.forecast.ForecastDay;
import dev.meridian.core.coach.insights.Insight;
import dev.meridian.core.coach.insights.InsightKind;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The feed on top, the projected balance (30 or 90 days) below. */
final class InsightsView {

    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("d MMM", Locale.getDefault(Locale.Category.FORMAT));

    private final VBox root = new VBox();
    private final InsightsModel model;
    private final InsightsController controller;
    private final MoneyFormat money;
    private final NumberAxis x = new NumberAxis();
    private final NumberAxis y = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(x, y);
    private final Label forecastSummary = new Label();

    InsightsView(InsightsModel model, InsightsController controller, MoneyFormat money) {
        this.model = model;
        this.controller = controller;
        this.money = money;
        root.setId("insights-screen");
        root.getStyleClass().add("screen");
        root.getStylesheets().add(CoachStyles.STYLESHEET);

        Label title = new Label("Insights");
        title.getStyleClass().add("screen-title");
        ProgressIndicator loading = new ProgressIndicator(-1);
        loading.setPrefSize(18, 18);
        loading.setMaxSize(18, 18);
        loading.visibleProperty().bind(model.loading);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button refresh = new Button("Review", new FontIcon(Feather.REFRESH_CW));
        refresh.setId("insights-refresh");
        refresh.setOnAction(e -> controller.review());
        HBox header = new HBox(title, loading, spacer, refresh);
        header.getStyleClass().add("toolbar-row");
        Label message = new Label();
        message.setId("insights-message");
        message.textProperty().bind(model.message);
        message.visibleProperty().bind(model.message.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        ListView<Insight> feed = new ListView<>(model.insights);
        feed.setId("insights-feed");
        feed.setPlaceholder(new Label("Nothing to report."));
        feed.setCellFactory(v -> new InsightCell());
        VBox.setVgrow(feed, Priority.ALWAYS);

        root.getChildren().addAll(header, message, feed, forecastPane());
        model.forecast.addListener((obs, old, now) -> plot());
        model.forecastDays.addListener((obs, old, now) -> plot());
    }

    Parent root() {
        return root;
    }

    private VBox forecastPane() {
        Label heading = new Label("Cash forecast");
        heading.getStyleClass().add("settings-heading");
        ToggleGroup days = new ToggleGroup();
        ToggleButton thirty = new ToggleButton("30 days");
        thirty.setId("forecast-30");
        thirty.setToggleGroup(days);
        thirty.setSelected(true);
        thirty.setOnAction(e -> controller.showDays(30));
        ToggleButton ninety = new ToggleButton("90 days");
        ninety.setId("forecast-90");
        ninety.setToggleGroup(days);
        ninety.setOnAction(e -> controller.showDays(90));
        forecastSummary.setId("forecast-summary");
        forecastSummary.getStyleClass().add("coach-muted");
        HBox bar = new HBox(8, heading, thirty, ninety, forecastSummary);
        bar.getStyleClass().add("toolbar-row");
        chart.setId("forecast-chart");
        chart.getStyleClass().add("forecast-chart");
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setMinHeight(200);
        chart.setPrefHeight(240);
        x.setForceZeroInRange(false);
        y.setForceZeroInRange(false);
        x.setAutoRanging(true);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochDay) {
                return TICK.format(LocalDate.ofEpochDay(epochDay.longValue()));
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        return new VBox(4, bar, chart);
    }

    private void plot() {
        Forecast f = model.forecast.get();
        chart.getData().clear();
        if (f == null) {
            forecastSummary.setText("");
            return;
        }
        int days = Math.min(model.forecastDays.get(), f.days().size());
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        for (ForecastDay d : f.days().subList(0, days)) {
            series.getData().add(new XYChart.Data<>(d.date().toEpochDay(), d.balance().amount().doubleValue()));
        }
        chart.getData().add(series);
        ForecastDay end = f.days().get(days - 1);
        ForecastDay low = new Forecast(f.start(), f.days().subList(0, days)).lowest();
        forecastSummary.setText("Today " + money.format(f.start()) + " · in " + days + " days " + money.format(end.balance())
                + " · lowest " + money.format(low.balance()) + " on " + low.date());
    }

    private final class InsightCell extends ListCell<Insight> {
        @Override
        protected void updateItem(Insight insight, boolean empty) {
            super.updateItem(insight, empty);
            setText(null);
            if (empty || insight == null) {
                setGraphic(null);
                return;
            }
            Label kind = new Label(kindName(insight.kind()));
            kind.getStyleClass().add("insight-kind");
            Label title = new Label(insight.title());
            title.getStyleClass().add("insight-title");
            Label explanation = new Label(insight.explanation());
            explanation.setWrapText(true);
            explanation.setMaxWidth(Math.max(200, getListView().getWidth() - 120));
            Hyperlink show = new Hyperlink("Show");
            show.getStyleClass().add("insight-show");
            show.setOnAction(e -> controller.show(insight));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            VBox text = new VBox(kind, title, explanation);
            text.getStyleClass().add("insight-cell");
            setGraphic(new HBox(8, text, spacer, show));
        }
    }

    static String kindName(InsightKind k) {
        return switch (k) {
            case BUDGET_WARNING -> "Budget alert";
            case BUDGET_EXCEEDED -> "Budget exceeded";
            case SAVINGS_OPPORTUNITY -> "Savings opportunity";
            case PRICE_INCREASE -> "Price increase";
            case GOAL_PROGRESS -> "Goal progress";
            case GOAL_BEHIND -> "Goal behind";
            case UNUSUAL_TRANSACTION -> "Unusual transaction";
            case BILL_DUE -> "Bill reminder";
        };
    }
}
