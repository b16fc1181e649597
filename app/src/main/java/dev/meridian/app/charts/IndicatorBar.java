package dev.meridian.app.charts;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** Picks indicators with their parameters and lists the ones on the chart (click to edit, × to remove). */
final class IndicatorBar {

    private final ChartsModel model;
    private final ChartsController controller;
    private final HBox root = new HBox();
    private final HBox active = new HBox(6);

    IndicatorBar(ChartsModel model, ChartsController controller) {
        this.model = model;
        this.controller = controller;
        ComboBox<IndicatorKind> kind = new ComboBox<>();
        kind.setId("indicator-kind");
        kind.getItems().setAll(IndicatorKind.values());
        kind.getSelectionModel().selectFirst();
        TextField params = new TextField();
        params.setId("indicator-params");
        params.setPrefColumnCount(7);
        Runnable prompt = () -> {
            IndicatorKind k = kind.getValue();
            params.setPromptText(IndicatorSpec.withDefaults(k).parameterText());
            params.setTooltip(new Tooltip(String.join(", ", k.parameterNames())));
        };
        prompt.run();
        kind.valueProperty().addListener((obs, old, now) -> prompt.run());
        Button add = new Button("Add");
        add.setId("indicator-add");
        add.setOnAction(e -> {
            if (controller.addIndicator(kind.getValue(), params.getText())) params.clear();
        });
        params.setOnAction(e -> add.fire());
        add.disableProperty().bind(model.loaded.isNull());
        Label title = new Label("Indicators");
        title.getStyleClass().add("hint");
        active.setId("indicator-list");
        active.getStyleClass().add("toolbar-row");
        active.managedProperty().bind(active.visibleProperty());
        root.getStyleClass().add("toolbar-row");
        for (Region r : List.of(kind, add)) r.setMinWidth(Region.USE_PREF_SIZE);
        root.getChildren().addAll(title, kind, params, add);
        model.layout.addListener((obs, old, now) -> {
            if (old == null || !old.indicators().equals(now.indicators())) refresh();
        });
        refresh();
    }

    HBox root() {
        return root;
    }

    /** The indicators on the chart, one chip each; hidden while there are none. */
    HBox active() {
        return active;
    }

    private void refresh() {
        active.getChildren().clear();
        active.setVisible(!model.layout.get().indicators().isEmpty());
        for (IndicatorSpec spec : model.layout.get().indicators()) {
            Button edit = new Button(spec.label());
            edit.getStyleClass().addAll("flat", "small");
            edit.setTooltip(new Tooltip("Edit parameters"));
            edit.setOnAction(e -> edit(spec));
            Button remove = new Button("×");
            remove.setId("indicator-remove-" + spec.kind().name().toLowerCase(java.util.Locale.ROOT));
            remove.getStyleClass().addAll("flat", "small");
            remove.setTooltip(new Tooltip("Remove " + spec.label()));
            remove.setOnAction(e -> controller.removeIndicator(spec));
            HBox chip = new HBox(0, edit, remove);
            chip.setMinWidth(Region.USE_PREF_SIZE);
            active.getChildren().add(chip);
        }
    }

    private void edit(IndicatorSpec spec) {
        TextInputDialog dialog = new TextInputDialog(spec.parameterText());
        dialog.setTitle(spec.kind().title());
        dialog.setHeaderText(spec.kind().title() + " parameters: " + String.join(", ", spec.kind().parameterNames()));
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(root.getScene().getStylesheets());
        }
        dialog.showAndWait().ifPresent(text -> controller.editIndicator(spec, text));
    }
}
