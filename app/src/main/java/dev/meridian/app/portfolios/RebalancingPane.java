package dev.meridian.app.portfolios;

import dev.meridian.app.accounts.MoneyFormat;
import dev.meridian.core.portfolio.allocation.RebalancingTrade;
import dev.meridian.core.portfolio.statement.RebalancingView;
import dev.meridian.core.portfolio.statement.TargetGap;
import java.math.BigDecimal;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The portfolio's target weights against its current ones, and the trades that close the gaps. */
final class RebalancingPane {

    private final VBox root;

    RebalancingPane(PortfoliosModel model, Columns c, MoneyFormat money) {
        TableView<TargetGap> gaps = new TableView<>();
        gaps.setId("pf-targets");
        gaps.getStyleClass().add("dense");
        gaps.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        gaps.getColumns().setAll(java.util.List.of(
                c.<TargetGap, String>plain("Key", TargetGap::key, 110),
                c.<TargetGap>money("Value", TargetGap::value, 110, false),
                c.<TargetGap>weight("Now", TargetGap::currentWeight, 80),
                c.<TargetGap>weight("Target", TargetGap::targetWeight, 80),
                c.<TargetGap>weight("Gap", g -> g.targetWeight().subtract(g.currentWeight()), 80)));
        TableView<RebalancingTrade> trades = new TableView<>();
        trades.setId("pf-trades");
        trades.getStyleClass().add("dense");
        trades.setPlaceholder(new Label("On target: no trade needed."));
        trades.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        trades.getColumns().setAll(java.util.List.of(
                c.<RebalancingTrade, String>plain("Trade", t -> t.side().name(), 70),
                c.<RebalancingTrade, String>plain("Instrument", t -> t.instrument().symbol(), 90),
                c.<RebalancingTrade, String>plain("For", RebalancingTrade::key, 90),
                c.<RebalancingTrade>money("Amount", RebalancingTrade::amount, 120, false)));
        Label summary = new Label();
        summary.setId("pf-rebalancing-summary");
        summary.getStyleClass().add("hint");
        Label none = new Label("This portfolio has no target allocation. Targets are stored per portfolio (asset class or symbol weights).");
        none.getStyleClass().add("hint");
        none.setWrapText(true);
        model.rebalancing.addListener((obs, old, view) -> {
            gaps.getItems().setAll(view == null ? java.util.List.of() : view.gaps());
            trades.getItems().setAll(view == null ? java.util.List.of() : view.plan().trades());
            summary.setText(view == null ? "" : summary(view, money));
        });
        none.visibleProperty().bind(model.rebalancing.isNull());
        none.managedProperty().bind(none.visibleProperty());
        HBox.setHgrow(gaps, Priority.ALWAYS);
        HBox.setHgrow(trades, Priority.ALWAYS);
        HBox tables = new HBox(8, gaps, trades);
        tables.visibleProperty().bind(model.rebalancing.isNotNull());
        VBox.setVgrow(tables, Priority.ALWAYS);
        root = new VBox(6, none, summary, tables);
    }

    private static String summary(RebalancingView view, MoneyFormat money) {
        String s = "Targets by " + view.keyKind().toLowerCase(java.util.Locale.ROOT) + "; the rest is cash. "
                + view.plan().trades().size() + " trade(s), cash after: " + money.format(view.plan().cashAfter()) + ".";
        if (!view.plan().unreachableKeys().isEmpty()) s += " No instrument to buy for: " + String.join(", ", view.plan().unreachableKeys()) + ".";
        BigDecimal sum = view.gaps().stream().map(TargetGap::targetWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
        return s + " Targets add up to " + sum.movePointRight(2).stripTrailingZeros().toPlainString() + " %.";
    }

    Parent root() {
        return root;
    }
}
