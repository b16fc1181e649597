package dev.meridian.app.dashboard;

import dev.meridian.app.accounts.MoneyFormat;
import dev.meridian.app.portfolio.DashboardSummary;
import dev.meridian.app.portfolio.FigureFormat;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.portfolio.allocation.AllocationSlice;
import dev.meridian.core.portfolio.statement.ExpectedDividend;
import dev.meridian.core.portfolio.statement.HoldingLine;
import dev.meridian.core.portfolio.statement.HoldingsStatement;
import dev.meridian.core.portfolio.statement.PerformanceFigures;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import eu.hansolo.tilesfx.chart.ChartData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/** The dashboard: TilesFX tiles for net worth, today's change, last year's performance, allocation, movers, dividends and bookings. */
final class DashboardView {

    private final VBox root;
    private final MoneyFormat money;
    private final FigureFormat figures;
    private final List<Tile> tiles = new ArrayList<>();
    private final Label netWorth = big("dash-networth");
    private final Label netWorthDetail = small("dash-networth-detail");
    private final Label dayChange = big("dash-daychange");
    private final Label dayChangeDetail = small("dash-daychange-detail");
    private final Label yearReturn = big("dash-year-return");
    private final LineChart<Number, Number> sparkline = sparkline();
    private final VBox movers = list("dash-movers");
    private final VBox dividends = list("dash-dividends");
    private final VBox recent = list("dash-recent");
    private final Tile allocation;
    private TilePalette palette;
    private final ChangeListener<Boolean> themeListener = (obs, old, now) -> {
        palette = TilePalette.of(Boolean.TRUE.equals(now));
        tiles.forEach(palette::apply);
    };

    DashboardView(DashboardModel model, MoneyFormat money, FigureFormat figures, ObservableValue<Boolean> dark) {
        this.money = money;
        this.figures = figures;
        this.palette = TilePalette.of(Boolean.TRUE.equals(dark.getValue()));
        Tile worth = custom("Net worth · all portfolios", new VBox(4, netWorth, netWorthDetail));
        Tile day = custom("Today's change", new VBox(4, dayChange, dayChangeDetail));
        Tile performance = custom("Time-weighted return · last year", new VBox(2, yearReturn, sparkline));
        allocation = TileBuilder.create().skinType(Tile.SkinType.DONUT_CHART).title("Allocation by asset class").textVisible(true)
                .animated(false).prefSize(300, 250).build();
        allocation.setId("dash-allocation");
        tiles.add(allocation);
        Tile moversTile = custom("Top movers today", movers);
        Tile dividendTile = custom("Upcoming dividends · 90 days", dividends);
        Tile recentTile = custom("Recent transactions", recent);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        for (int c = 0; c < 3; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / 3);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < 3; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setVgrow(Priority.ALWAYS);
            rc.setPercentHeight(r == 2 ? 34 : 33);
            grid.getRowConstraints().add(rc);
        }
        grid.add(worth, 0, 0);
        grid.add(day, 1, 0);
        grid.add(performance, 2, 0);
        grid.add(allocation, 0, 1);
        grid.add(moversTile, 1, 1);
        grid.add(dividendTile, 2, 1);
        grid.add(recentTile, 0, 2, 3, 1);
        for (Tile t : tiles) {
            t.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            t.setMinSize(0, 0);
            palette.apply(t);
        }
        VBox.setVgrow(grid, Priority.ALWAYS);

        Label title = new Label("Dashboard");
        title.getStyleClass().add("screen-title");
        Label message = new Label();
        message.setId("dash-message");
        message.getStyleClass().add("hint");
        message.textProperty().bind(model.message);
        HBox header = new HBox(title, message);
        header.getStyleClass().add("toolbar-row");
        root = new VBox(header, grid);
        root.setId("dashboard-screen");
        root.getStyleClass().addAll("screen", "dashboard");
        model.summary.addListener((obs, old, s) -> {
            if (s != null) show(s);
        });
        // The theme outlives this screen: a weak listener lets a locked session's dashboard be collected.
        dark.addListener(new WeakChangeListener<>(themeListener));
    }

    Parent root() {
        return root;
    }

    private void show(DashboardSummary s) {
        HoldingsStatement h = s.holdings();
        netWorth.setText(money.format(h.total()));
        netWorthDetail.setText("Holdings " + money.format(h.totals().marketValue()) + " · cash " + money.format(h.cash())
                + "\nUnrealized " + money.format(h.totals().unrealized()) + " · as of " + h.asOf().format(figures.date));
        dayChange.setText(money.format(h.dayChange()));
        sign(dayChange, h.dayChange().signum());
        dayChangeDetail.setText(figures.percent(h.dayChangePercent(), true) + " on holdings, from each one's last two daily closes");
        showPerformance(s.lastYear());
        List<ChartData> slices = new ArrayList<>();
        for (int i = 0; i < s.allocation().size(); i++) {
            AllocationSlice a = s.allocation().get(i);
            slices.add(new ChartData(words(a.label()), a.value().amount().doubleValue(), TilePalette.SLICES.get(i % TilePalette.SLICES.size())));
        }
        allocation.setChartData(slices);
        movers.getChildren().setAll(s.movers().isEmpty() ? List.of(hint("No holdings.")) : s.movers().stream().map(this::mover).toList());
        dividends.getChildren().setAll(dividendRows(s.dividends()));
        recent.getChildren().setAll(s.recent().isEmpty() ? List.of(hint("No transactions yet."))
                : s.recent().stream().map(t -> transaction(t, s.accountNames())).toList());
    }

    private void showPerformance(PerformanceFigures f) {
        if (f == null) {
            yearReturn.setText(FigureFormat.NONE);
            sparkline.getData().clear();
            return;
        }
        yearReturn.setText(figures.percent(f.report().ttwror(), true));
        sign(yearReturn, (int) Math.signum(f.report().ttwror()));
        XYChart.Series<Number, Number> line = new XYChart.Series<>();
        int step = Math.max(1, f.epochDays().length / 200);
        for (int i = 0; i < f.epochDays().length; i += step) line.getData().add(new XYChart.Data<>(f.epochDays()[i], f.cumulative()[i] * 100));
        sparkline.getData().setAll(List.of(line));
    }

    private Node mover(HoldingLine l) {
        Label pct = cell(figures.percent(l.dayChangePercent(), true), 70);
        sign(pct, (int) Math.signum(l.dayChangePercent()));
        Label amount = cell(money.format(l.dayChange()), 100);
        sign(amount, l.dayChange().signum());
        return row(text(l.instrument().symbol()), pct, amount);
    }

    private List<Node> dividendRows(List<ExpectedDividend> expected) {
        if (expected.isEmpty()) return List.of(hint("None expected on current holdings."));
        List<Node> rows = new ArrayList<>();
        boolean estimates = false;
        for (ExpectedDividend d : expected.subList(0, Math.min(6, expected.size()))) {
            estimates |= !d.announced();
            rows.add(row(text(d.exDate().format(figures.date) + "  " + d.instrument().symbol() + (d.announced() ? "" : " *")),
                    cell(money.format(d.amount()), 110)));
        }
        if (estimates) rows.add(hint("* estimate: last year's dividend repeated, not announced"));
        return rows;
    }

    private Node transaction(Transaction t, Map<Long, String> accounts) {
        String what = t.payee() != null ? t.payee() : t.description() != null ? t.description() : "";
        Label amount = cell(money.format(t.amount()), 120);
        sign(amount, t.amount().signum());
        return row(fixed(t.date().format(figures.date), 100), fixed(accounts.getOrDefault(t.accountId(), ""), 160),
                fixed(typeWords(t.type().name()), 100), text(what), amount);
    }

    private Tile custom(String title, Node content) {
        Tile t = TileBuilder.create().skinType(Tile.SkinType.CUSTOM).title(title).graphic(content).animated(false).prefSize(300, 200).build();
        tiles.add(t);
        return t;
    }

    private static HBox row(Node... cells) {
        HBox row = new HBox(8, cells);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("tile-row");
        for (Node n : cells) if (n instanceof Label l && l.getMinWidth() <= 0) HBox.setHgrow(l, Priority.ALWAYS);
        return row;
    }

    private static Label text(String s) {
        Label l = new Label(s);
        l.setMaxWidth(Double.MAX_VALUE);
        l.getStyleClass().add("tile-text");
        return l;
    }

    private static Label cell(String s, double width) {
        Label l = new Label(s);
        l.setMinWidth(width);
        l.setPrefWidth(width);
        l.setAlignment(Pos.CENTER_RIGHT);
        l.getStyleClass().add("tile-text");
        return l;
    }

    /** A left-aligned cell of a fixed width, for the columns of a list. */
    private static Label fixed(String s, double width) {
        Label l = cell(s, width);
        l.setAlignment(Pos.CENTER_LEFT);
        return l;
    }

    private static Label hint(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().addAll("tile-text", "hint");
        return l;
    }

    private static Label big(String id) {
        Label l = new Label(FigureFormat.NONE);
        l.setId(id);
        l.getStyleClass().add("tile-figure");
        return l;
    }

    private static Label small(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().addAll("tile-text", "hint");
        return l;
    }

    private static VBox list(String id) {
        VBox box = new VBox(3);
        box.setId(id);
        box.setFillWidth(true);
        return box;
    }

    private static void sign(Label l, int signum) {
        l.getStyleClass().removeAll("money-positive", "money-negative");
        if (signum > 0) l.getStyleClass().add("money-positive");
        if (signum < 0) l.getStyleClass().add("money-negative");
    }

    private static LineChart<Number, Number> sparkline() {
        NumberAxis x = new NumberAxis();
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(false);
        for (NumberAxis a : List.of(x, y)) {
            a.setTickLabelsVisible(false);
            a.setTickMarkVisible(false);
            a.setMinorTickVisible(false);
            a.setOpacity(0);
        }
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("dash-sparkline");
        chart.getStyleClass().add("sparkline");
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setHorizontalGridLinesVisible(false);
        chart.setVerticalGridLinesVisible(false);
        chart.setHorizontalZeroLineVisible(false);
        chart.setVerticalZeroLineVisible(false);
        chart.setPrefHeight(90);
        chart.setMinHeight(40);
        return chart;
    }

    /** Asset class names read as words ("Stock"); short codes such as ETF and other labels stay as they are. */
    private static String words(String label) {
        if (label.length() <= 3 || !label.equals(label.toUpperCase(java.util.Locale.ROOT))) return label;
        return typeWords(label);
    }

    /** "TRANSFER_IN" → "Transfer in". */
    private static String typeWords(String enumName) {
        String lower = enumName.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
