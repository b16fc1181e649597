package dev.meridian.app.portfolios;

import dev.meridian.app.portfolio.FigureFormat;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.portfolio.LotPnl;
import java.time.LocalDate;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/** The drill-down tables of the selected position: its open lots and its bookings. */
final class PositionPanes {

    final TableView<LotPnl> lots = new TableView<>();
    final TableView<Transaction> transactions = new TableView<>();

    PositionPanes(PortfoliosModel model, Columns c, FigureFormat figures) {
        lots.setId("pf-lots");
        lots.getStyleClass().addAll("dense", "striped");
        lots.setPlaceholder(new Label("Select a holding to see its lots."));
        lots.setItems(model.lots);
        lots.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        lots.getColumns().setAll(java.util.List.of(
                c.<LotPnl, LocalDate>plain("Opened", l -> l.lot().acquired(), 100),
                c.<LotPnl>quantity("Quantity", l -> l.lot().quantity(), 100, 8),
                c.<LotPnl>money("Cost", LotPnl::cost, 110, false),
                c.<LotPnl>moneyWithCurrency("Unit cost", l -> l.lot().unitCost(), 100, false),
                c.<LotPnl>money("Value", LotPnl::marketValue, 110, false),
                c.<LotPnl>money("P&L", LotPnl::unrealized, 110, true),
                c.<LotPnl>percent("P&L %", l -> l.cost().isZero() ? null : l.unrealized().amount().doubleValue() / l.cost().amount().doubleValue(), 80)));

        transactions.setId("pf-position-tx");
        transactions.getStyleClass().addAll("dense", "striped");
        transactions.setPlaceholder(new Label("Select a holding to see its transactions."));
        transactions.setItems(model.positionTransactions);
        transactions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        transactions.getColumns().setAll(java.util.List.of(
                c.<Transaction, LocalDate>plain("Date", Transaction::date, 100),
                c.<Transaction, String>plain("Type", t -> t.type().name(), 100),
                c.<Transaction>quantity("Quantity", Transaction::quantity, 100, 8),
                c.<Transaction, String>plain("Price", t -> figures.price(t.price()), 90),
                c.<Transaction>moneyWithCurrency("Fee", Transaction::fee, 80, false),
                c.<Transaction>moneyWithCurrency("Amount", Transaction::amount, 110, true),
                c.<Transaction, String>plain("Description", Transaction::description, 160)));
    }
}
