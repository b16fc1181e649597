package dev.meridian.app.palette;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** An overlay with a query field and the ranked matches; forwards Enter, Esc, clicks to the controller. */
final class PaletteView {

    static final double CELL_HEIGHT = 34;
    static final double MAX_LIST_HEIGHT = 340;

    private final StackPane root = new StackPane();
    private final TextField query = new TextField();
    private final ListView<PaletteItem> list = new ListView<>();

    PaletteView(PaletteModel model, PaletteController controller) {
        root.getStyleClass().add("palette-backdrop");
        root.setId("command-palette");
        root.visibleProperty().bind(model.open);
        root.managedProperty().bind(model.open);
        root.setOnMouseClicked(e -> {
            if (e.getTarget() == root) controller.close();
        });

        query.setId("palette-query");
        query.setPromptText("Type a screen, an action or a symbol…");
        query.textProperty().bindBidirectional(model.query);

        list.setId("palette-list");
        list.setItems(model.matches);
        list.setCellFactory(v -> new ItemCell());
        list.setFocusTraversable(false);
        list.setFixedCellSize(CELL_HEIGHT);
        // As tall as its matches, up to a limit: a short list should not leave an empty box.
        list.prefHeightProperty().bind(Bindings.min(MAX_LIST_HEIGHT, Bindings.size(model.matches).multiply(CELL_HEIGHT).add(4)));
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) controller.run(list.getSelectionModel().getSelectedItem());
        });
        model.matches.addListener((ListChangeListener<PaletteItem>) c -> list.getSelectionModel().selectFirst());

        VBox card = new VBox(query, list);
        card.getStyleClass().add("palette");
        card.setMaxWidth(560);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane.setAlignment(card, Pos.TOP_CENTER);
        StackPane.setMargin(card, new Insets(70, 20, 20, 20));
        root.getChildren().add(card);

        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case ESCAPE -> controller.close();
                case ENTER -> controller.run(list.getSelectionModel().getSelectedItem());
                case DOWN -> list.getSelectionModel().selectNext();
                case UP -> list.getSelectionModel().selectPrevious();
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }

    Parent root() {
        return root;
    }

    void focusQuery() {
        query.requestFocus();
    }

    private static final class ItemCell extends ListCell<PaletteItem> {
        @Override
        protected void updateItem(PaletteItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(item.title());
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label kind = new Label(item.shortcut().isEmpty() ? item.kind() : item.kind() + "  ·  " + item.shortcut());
            kind.getStyleClass().add("palette-kind");
            HBox row = new HBox(8, title, spacer, kind);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
