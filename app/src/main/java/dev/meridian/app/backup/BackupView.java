package dev.meridian.app.backup;

import dev.meridian.core.domain.BackupDestination;
import dev.meridian.core.domain.BackupKind;
import java.io.File;
import java.nio.file.Path;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/** Destinations and their form on top, snapshots with their actions below, then restore and schedule. */
final class BackupView {

    private final ScrollPane root;
    private final PasswordField secret = new PasswordField();
    private final PasswordField restorePassword = new PasswordField();
    private final TextField restoreFolder = new TextField();

    BackupView(BackupModel model, BackupController controller) {
        Label title = new Label("Backup");
        title.getStyleClass().add("screen-title");
        Label message = new Label();
        message.setId("backup-message");
        message.setWrapText(true);
        message.textProperty().bind(model.message);
        model.messageError.addListener((obs, old, bad) -> {
            message.getStyleClass().removeAll("error-message", "success-message");
            message.getStyleClass().add(bad ? "error-message" : "success-message");
        });
        VBox column = new VBox(12, title, new HBox(16, destinations(model, controller), form(model, controller)), message,
                snapshots(model, controller), restore(controller), schedule(model, controller));
        column.getStyleClass().add("screen");
        root = new ScrollPane(column);
        root.setId("backup-screen");
        root.setFitToWidth(true);
    }

    Parent root() {
        return root;
    }

    void clearSecrets() {
        secret.clear();
        restorePassword.clear();
    }

    private Node destinations(BackupModel model, BackupController controller) {
        ListView<BackupDestination> list = new ListView<>(model.destinations);
        list.setId("backup-destinations");
        list.setPrefSize(290, 180);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(BackupDestination d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.name() + "  (" + label(d.kind()) + ")");
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) model.selected.set(now);
        });
        model.selected.addListener((obs, old, now) -> list.getSelectionModel().select(now));
        Button remove = new Button("Remove");
        remove.setId("backup-remove");
        remove.disableProperty().bind(model.selected.isNull());
        remove.setOnAction(e -> controller.removeSelected());
        return section("Destinations", list, remove);
    }

    private Node form(BackupModel model, BackupController controller) {
        ComboBox<BackupKind> kind = new ComboBox<>();
        kind.setId("backup-kind");
        kind.getItems().setAll(BackupKind.values());
        kind.valueProperty().bindBidirectional(model.formKind);
        kind.setButtonCell(kindCell());
        kind.setCellFactory(v -> kindCell());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Type"), kind);
        grid.addRow(1, new Label("Name"), field("backup-name", model.formName, "e.g. USB disk"));
        GridPane folder = grid("Folder", field("backup-folder", model.formFolder, "/media/usb/meridian-backup"));
        GridPane s3 = grid("Endpoint", field("backup-endpoint", model.formEndpoint, "empty for AWS, or https://minio.local:9000"),
                "Region", field("backup-region", model.formRegion, ""), "Bucket", field("backup-bucket", model.formBucket, ""),
                "Prefix", field("backup-prefix", model.formPrefix, ""), "Access key id", field("backup-access-key", model.formAccessKey, ""));
        GridPane webdav = grid("URL", field("backup-url", model.formUrl, "https://cloud.example.com/remote.php/dav/files/me/Backup"),
                "User", field("backup-user", model.formUser, ""));
        secret.setId("backup-secret");
        Label secretLabel = new Label();
        HBox secretRow = new HBox(8, secretLabel, secret);
        showFor(model, folder, s3, webdav, secretRow, secretLabel);
        model.formKind.addListener((obs, old, now) -> showFor(model, folder, s3, webdav, secretRow, secretLabel));
        Button test = new Button("Test connection");
        test.setId("backup-test");
        test.setOnAction(e -> controller.testConnection(secret.getText().toCharArray()));
        Button add = new Button("Add destination");
        add.setId("backup-add");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> controller.addDestination(secret.getText().toCharArray()));
        VBox form = section("New destination", grid, folder, s3, webdav, secretRow, new HBox(8, test, add));
        HBox.setHgrow(form, Priority.ALWAYS);
        return form;
    }

    private Node snapshots(BackupModel model, BackupController controller) {
        Button backUp = new Button("Back up now");
        backUp.setId("backup-now");
        backUp.getStyleClass().add("accent");
        backUp.disableProperty().bind(model.selected.isNull().or(model.busy));
        backUp.setOnAction(e -> controller.backUpNow());
        Button verify = new Button("Verify");
        verify.setId("backup-verify");
        verify.disableProperty().bind(model.selected.isNull());
        verify.setOnAction(e -> controller.verify());
        Label hint = new Label("Progress and Cancel appear in the status bar.");
        hint.getStyleClass().add("hint");
        TableView<SnapshotRow> table = new TableView<>(model.snapshots);
        table.setId("backup-snapshots");
        table.setPrefHeight(190);
        table.setPlaceholder(new Label("No snapshots on this destination yet."));
        table.getColumns().add(column("Date", SnapshotRow::date, 150));
        table.getColumns().add(column("Size", SnapshotRow::size, 100));
        table.getColumns().add(column("Chunks", SnapshotRow::chunks, 170));
        table.getColumns().add(column("Sent", SnapshotRow::uploaded, 100));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedSnapshot.set(now));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        HBox actions = new HBox(8, backUp, verify, hint);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return section("Snapshots", actions, table);
    }

    private Node restore(BackupController controller) {
        restoreFolder.setId("backup-restore-folder");
        restoreFolder.setPromptText("a new, empty folder");
        HBox.setHgrow(restoreFolder, Priority.ALWAYS);
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> {
            File dir = new DirectoryChooser().showDialog(root.getScene() == null ? null : root.getScene().getWindow());
            if (dir != null) restoreFolder.setText(dir.getAbsolutePath());
        });
        restorePassword.setId("backup-restore-password");
        restorePassword.setPromptText("master password");
        Button restore = new Button("Restore selected snapshot");
        restore.setId("backup-restore");
        restore.setOnAction(e -> controller.restore(restoreFolder.getText().isBlank() ? null : Path.of(restoreFolder.getText().trim()),
                restorePassword.getText().toCharArray()));
        Label hint = new Label("Restores as a new vault; the open vault is never overwritten.");
        hint.getStyleClass().add("hint");
        return section("Restore", new HBox(8, restoreFolder, choose, restorePassword, restore), hint);
    }

    private Node schedule(BackupModel model, BackupController controller) {
        CheckBox daily = new CheckBox("Back up daily to every destination while the vault is unlocked");
        daily.setId("backup-daily");
        daily.selectedProperty().bindBidirectional(model.daily);
        HBox keep = new HBox(8, new Label("Keep last"), small("backup-keep-last", model.keepLast), new Label("daily"),
                small("backup-keep-daily", model.keepDaily), new Label("weekly"), small("backup-keep-weekly", model.keepWeekly),
                new Label("monthly"), small("backup-keep-monthly", model.keepMonthly));
        Button save = new Button("Save");
        save.setId("backup-save-schedule");
        save.setOnAction(e -> controller.saveSchedule());
        keep.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return section("Schedule and retention", daily, new HBox(12, keep, save));
    }

    private static void showFor(BackupModel model, Node folder, Node s3, Node webdav, Node secretRow, Label secretLabel) {
        BackupKind kind = model.formKind.get();
        setShown(folder, kind == BackupKind.FOLDER);
        setShown(s3, kind == BackupKind.S3);
        setShown(webdav, kind == BackupKind.WEBDAV);
        setShown(secretRow, kind != BackupKind.FOLDER);
        secretLabel.setText(kind == BackupKind.S3 ? "Secret access key" : "Password");
    }

    private static void setShown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private static GridPane grid(Object... labelsAndFields) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        for (int i = 0; i < labelsAndFields.length; i += 2) {
            grid.addRow(i / 2, new Label((String) labelsAndFields[i]), (Node) labelsAndFields[i + 1]);
        }
        return grid;
    }

    private static TextField field(String id, StringProperty text, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(26);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(text);
        return field;
    }

    private static TextField small(String id, StringProperty text) {
        TextField field = field(id, text, "");
        field.setPrefColumnCount(3);
        return field;
    }

    private static TableColumn<SnapshotRow, String> column(String title, java.util.function.Function<SnapshotRow, String> value, double width) {
        TableColumn<SnapshotRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static ListCell<BackupKind> kindCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(BackupKind kind, boolean empty) {
                super.updateItem(kind, empty);
                setText(empty || kind == null ? null : label(kind));
            }
        };
    }

    private static String label(BackupKind kind) {
        return switch (kind) {
            case FOLDER -> "Local folder";
            case S3 -> "S3-compatible";
            case WEBDAV -> "WebDAV";
        };
    }

    private static VBox section(String heading, Node... content) {
        Label label = new Label(heading);
        label.getStyleClass().add("settings-heading");
        VBox box = new VBox(8, label);
        box.getChildren().addAll(content);
        box.getStyleClass().add("settings-section");
        return box;
    }
}
