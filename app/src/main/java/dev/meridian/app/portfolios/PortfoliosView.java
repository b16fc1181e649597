package dev.meridian.app.portfolios;

import dev.meridian.app.accounts.MoneyFormat;
import dev.meridian.app.portfolio.FigureFormat;
import dev.meridian.core.portfolio.statement.HoldingsStatement;
import dev.meridian.core.portfolio.statement.StatementScope;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Portfolio selector, summary, holdings with totals, and tabs for the selected position, allocation and rebalancing. */
final class PortfoliosView {

    private final VBox root;
    private final PortfoliosModel model;
    private final MoneyFormat money;
    private final FigureFormat figures;

    PortfoliosView(PortfoliosModel model, PortfoliosController controller, MoneyFormat money, FigureFormat figures) {
        this.model = model;
        this.money = money;
        this.figures = figures;
        Columns columns = new Columns(money, figures);

        Label title = new Label("Portfolios");
        title.getStyleClass().add("screen-title");
        ComboBox<StatementScope> scope = new ComboBox<>(model.scopes);
        scope.setId("pf-scope");
        scope.setConverter(new StringConverter<>() {
            @Override
            public String toString(StatementScope s) {
                return s == null ? "" : s.label() + " (" + s.currency() + ")";
            }

            @Override
            public StatementScope fromString(String s) {
                return null;
            }
        });
        scope.valueProperty().bindBidirectional(model.scope);
        ProgressIndicator loading = new ProgressIndicator(-1);
        loading.setPrefSize(18, 18);
        loading.setMaxSize(18, 18);
        loading.visibleProperty().bind(model.loading);
        MenuItem holdingsCsv = new MenuItem("Holdings to CSV…");
        holdingsCsv.setId("pf-export-holdings");
        holdingsCsv.setOnAction(e -> controller.exportHoldingsCsv());
        MenuItem transactionsCsv = new MenuItem("Transactions to CSV…");
        transactionsCsv.setOnAction(e -> controller.exportTransactionsCsv());
        MenuItem pdf = new MenuItem("Report to PDF…");
        pdf.setOnAction(e -> controller.exportPdf());
        MenuButton export = new MenuButton("Export", new FontIcon(Feather.DOWNLOAD), holdingsCsv, transactionsCsv, pdf);
        export.setId("pf-export");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, scope, loading, spacer, export);
        header.getStyleClass().add("toolbar-row");

        Label summary = new Label();
        summary.setId("pf-summary");
        summary.getStyleClass().add("figure-strip");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        model.statement.addListener((obs, old, s) -> summary.setText(s == null ? "" : summary(s)));
        Label message = new Label();
        message.setId("pf-message");
        message.getStyleClass().add("hint");
        message.textProperty().bind(model.message);
        message.visibleProperty().bind(model.message.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        HoldingsTable holdings = new HoldingsTable(columns);
        model.statement.addListener((obs, old, s) -> {
            holdings.rows.setAll(s == null ? java.util.List.of() : s.lines().stream().map(HoldingRow::of).toList());
            holdings.totalRow.setAll(s == null ? java.util.List.of() : java.util.List.of(HoldingRow.total(s)));
        });
        holdings.table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) ->
                controller.select(row == null ? null : row.line()));

        PositionPanes position = new PositionPanes(model, columns, figures);
        Tab lots = new Tab("Lots", position.lots);
        Tab transactions = new Tab("Transactions", position.transactions);
        Tab allocation = new Tab("Allocation", new AllocationPane(model, figures).root());
        Tab rebalancing = new Tab("Rebalancing", new RebalancingPane(model, columns, money).root());
        TabPane tabs = new TabPane(lots, transactions, allocation, rebalancing);
        tabs.setId("pf-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        model.selected.addListener((obs, old, line) -> {
            String what = line == null ? "" : " — " + line.instrument().symbol();
            lots.setText("Lots" + what);
            transactions.setText("Transactions" + what);
        });

        SplitPane split = new SplitPane(holdings.root(), tabs);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);
        root = new VBox(header, summary, message, split);
        root.setId("portfolios-screen");
        root.getStyleClass().add("screen");
    }

    private String summary(HoldingsStatement s) {
        return "Net worth " + money.format(s.total()) + "   ·   Holdings " + money.format(s.totals().marketValue())
                + "   ·   Cash " + money.format(s.cash()) + "   ·   Day " + money.format(s.dayChange())
                + " (" + figures.percent(s.dayChangePercent(), true) + ")   ·   Unrealized " + money.format(s.totals().unrealized())
                + "   ·   Realized " + money.format(s.totals().realized()) + "   ·   Dividends " + money.format(s.totals().income())
                + "   ·   as of " + s.asOf().format(figures.date);
    }

    Parent root() {
        return root;
    }

    Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
