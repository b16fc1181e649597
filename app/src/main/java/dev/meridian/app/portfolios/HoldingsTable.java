package dev.meridian.app.portfolios;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The dense, sortable holdings table and, under it, a one-row totals table whose columns follow the
 * main table's widths (so the totals line up and stay put when the holdings are sorted).
 */
final class HoldingsTable {

    final TableView<HoldingRow> table = new TableView<>();
    final TableView<HoldingRow> totals = new TableView<>();
    final ObservableList<HoldingRow> rows = FXCollections.observableArrayList();
    final ObservableList<HoldingRow> totalRow = FXCollections.observableArrayList();
    private final VBox root;

    HoldingsTable(Columns c) {
        table.setId("pf-holdings");
        table.getStyleClass().addAll("dense", "striped");
        table.setPlaceholder(new Label("No open positions in this portfolio."));
        SortedList<HoldingRow> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().setAll(columns(c));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        totals.setId("pf-totals");
        totals.getStyleClass().addAll("dense", "totals-table");
        totals.setItems(totalRow);
        totals.setFixedCellSize(26);
        totals.setPrefHeight(30);
        totals.setMinHeight(30);
        totals.setMaxHeight(30);
        totals.setFocusTraversable(false);
        totals.setSelectionModel(null);
        List<TableColumn<HoldingRow, ?>> footer = columns(c);
        for (int i = 0; i < footer.size(); i++) {
            footer.get(i).prefWidthProperty().bind(table.getColumns().get(i).widthProperty());
            footer.get(i).setSortable(false);
            footer.get(i).visibleProperty().bind(table.getColumns().get(i).visibleProperty());
        }
        totals.getColumns().setAll(footer);
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(table, totals);
    }

    VBox root() {
        return root;
    }

    private static List<TableColumn<HoldingRow, ?>> columns(Columns c) {
        TableColumn<HoldingRow, String> symbol = c.plain("Symbol", HoldingRow::symbol, 78);
        TableColumn<HoldingRow, String> name = c.plain("Name", HoldingRow::name, 120);
        return List.of(symbol, name,
                c.quantity("Quantity", HoldingRow::quantity, 80, 4),
                c.money("Avg cost", HoldingRow::averageCost, 85, false),
                c.money("Cost basis", HoldingRow::cost, 95, false),
                c.money("Value", HoldingRow::value, 95, false),
                c.money("Day", HoldingRow::dayChange, 80, true),
                c.percent("Day %", HoldingRow::dayChangePercent, 62),
                c.money("Unrealized", HoldingRow::unrealized, 95, true),
                c.money("Realized", HoldingRow::realized, 85, true),
                c.weight("Weight", HoldingRow::weight, 62));
    }
}
