package dev.meridian.app.instruments;

import dev.meridian.core.domain.Instrument;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** A read-only card with what the vault knows about an instrument. */
public final class InstrumentCard {

    private InstrumentCard() {
    }

    public static void show(Window owner, Instrument i) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        int row = 0;
        row = add(grid, row, "Name", i.name());
        row = add(grid, row, "Asset class", i.assetClass().name().replace('_', ' ').toLowerCase(Locale.ROOT));
        row = add(grid, row, "Exchange", i.exchange());
        row = add(grid, row, "Currency", i.currency());
        row = add(grid, row, "ISIN", i.isin());
        row = add(grid, row, "Sector", i.sector());
        row = add(grid, row, "Region", i.region());
        add(grid, row, "Time zone", i.timeZone());
        Alert card = new Alert(Alert.AlertType.INFORMATION);
        card.initOwner(owner);
        if (owner != null && owner.getScene() != null) card.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        card.setTitle(i.symbol());
        card.setHeaderText(i.symbol() + " — " + i.name());
        card.getDialogPane().setContent(grid);
        card.getDialogPane().setId("instrument-card");
        card.show();
    }

    private static int add(GridPane grid, int row, String label, String value) {
        if (value == null || value.isBlank()) return row;
        Label l = new Label(label);
        l.getStyleClass().add("hint");
        grid.addRow(row, l, new Label(value));
        return row + 1;
    }
}
