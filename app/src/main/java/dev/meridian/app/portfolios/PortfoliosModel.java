package dev.meridian.app.portfolios;

import dev.meridian.core.domain.Transaction;
import dev.meridian.core.portfolio.LotPnl;
import dev.meridian.core.portfolio.allocation.AllocationDimension;
import dev.meridian.core.portfolio.allocation.AllocationSlice;
import dev.meridian.core.portfolio.statement.HoldingLine;
import dev.meridian.core.portfolio.statement.HoldingsStatement;
import dev.meridian.core.portfolio.statement.RebalancingView;
import dev.meridian.core.portfolio.statement.StatementScope;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the Portfolios screen: the chosen scope, its holdings, the drilled-down position, allocation and rebalancing. */
public final class PortfoliosModel {

    final ObservableList<StatementScope> scopes = FXCollections.observableArrayList();
    final ObjectProperty<StatementScope> scope = new SimpleObjectProperty<>();
    final ObjectProperty<HoldingsStatement> statement = new SimpleObjectProperty<>();
    final ObjectProperty<HoldingLine> selected = new SimpleObjectProperty<>();
    final ObservableList<LotPnl> lots = FXCollections.observableArrayList();
    final ObservableList<Transaction> positionTransactions = FXCollections.observableArrayList();
    final ObjectProperty<AllocationDimension> dimension = new SimpleObjectProperty<>(AllocationDimension.ASSET_CLASS);
    final ObservableList<AllocationSlice> allocation = FXCollections.observableArrayList();
    final ObjectProperty<RebalancingView> rebalancing = new SimpleObjectProperty<>();
    final StringProperty message = new SimpleStringProperty("");
    final BooleanProperty loading = new SimpleBooleanProperty(false);

    public ObservableList<LotPnl> lots() {
        return lots;
    }

    public ObservableList<Transaction> positionTransactions() {
        return positionTransactions;
    }

    public ObjectProperty<HoldingsStatement> statement() {
        return statement;
    }

    void clear() {
        scopes.clear();
        lots.clear();
        positionTransactions.clear();
        allocation.clear();
        statement.set(null);
        rebalancing.set(null);
    }
}
