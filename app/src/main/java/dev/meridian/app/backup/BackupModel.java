package dev.meridian.app.backup;

import dev.meridian.core.domain.BackupDestination;
import dev.meridian.core.domain.BackupKind;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The backup screen's state. Secrets (S3 secret, WebDAV and vault passwords) stay in the view's password fields. */
public final class BackupModel {
    final ObservableList<BackupDestination> destinations = FXCollections.observableArrayList();
    final ObjectProperty<BackupDestination> selected = new SimpleObjectProperty<>();
    final ObservableList<SnapshotRow> snapshots = FXCollections.observableArrayList();
    final ObjectProperty<SnapshotRow> selectedSnapshot = new SimpleObjectProperty<>();

    final ObjectProperty<BackupKind> formKind = new SimpleObjectProperty<>(BackupKind.FOLDER);
    final StringProperty formName = new SimpleStringProperty("");
    final StringProperty formFolder = new SimpleStringProperty("");
    final StringProperty formEndpoint = new SimpleStringProperty("");
    final StringProperty formRegion = new SimpleStringProperty("us-east-1");
    final StringProperty formBucket = new SimpleStringProperty("");
    final StringProperty formPrefix = new SimpleStringProperty("meridian");
    final StringProperty formAccessKey = new SimpleStringProperty("");
    final StringProperty formUrl = new SimpleStringProperty("");
    final StringProperty formUser = new SimpleStringProperty("");

    final StringProperty keepLast = new SimpleStringProperty("");
    final StringProperty keepDaily = new SimpleStringProperty("");
    final StringProperty keepWeekly = new SimpleStringProperty("");
    final StringProperty keepMonthly = new SimpleStringProperty("");
    final BooleanProperty daily = new SimpleBooleanProperty();

    final StringProperty message = new SimpleStringProperty("");
    final BooleanProperty messageError = new SimpleBooleanProperty();
    final BooleanProperty busy = new SimpleBooleanProperty();

    public ObservableList<SnapshotRow> snapshots() {
        return snapshots;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
