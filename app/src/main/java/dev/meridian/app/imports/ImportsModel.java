package dev.meridian.app.imports;

import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.ImportBatch;
import dev.meridian.core.imports.NumberStyle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the Import screen: the wizard's step and choices, the preview, and the import history. */
public final class ImportsModel {

    /** Where the wizard is. */
    enum Step { CHOOSE, REVIEW, RUNNING, DONE }

    static final String DETECT_ENCODING = "Detect";

    final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.CHOOSE);
    final StringProperty path = new SimpleStringProperty("");
    final ObservableList<Account> accounts = FXCollections.observableArrayList();
    final ObjectProperty<Account> account = new SimpleObjectProperty<>();
    final StringProperty chooseError = new SimpleStringProperty("");

    final StringProperty formatLabel = new SimpleStringProperty("");
    final BooleanProperty csvMapping = new SimpleBooleanProperty(false);
    final BooleanProperty datePatternChoice = new SimpleBooleanProperty(false);
    final StringProperty encoding = new SimpleStringProperty(DETECT_ENCODING);
    final StringProperty encodingUsed = new SimpleStringProperty("");
    final ObjectProperty<Character> delimiter = new SimpleObjectProperty<>(',');
    final BooleanProperty header = new SimpleBooleanProperty(true);
    final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    final ObjectProperty<ColumnChoice> dateColumn = new SimpleObjectProperty<>(ColumnChoice.NONE);
    final ObjectProperty<ColumnChoice> amountColumn = new SimpleObjectProperty<>(ColumnChoice.NONE);
    final ObjectProperty<ColumnChoice> debitColumn = new SimpleObjectProperty<>(ColumnChoice.NONE);
    final ObjectProperty<ColumnChoice> creditColumn = new SimpleObjectProperty<>(ColumnChoice.NONE);
    final ObjectProperty<ColumnChoice> payeeColumn = new SimpleObjectProperty<>(ColumnChoice.NONE);
    final ObjectProperty<ColumnChoice> memoColumn = new SimpleObjectProperty<>(ColumnChoice.NONE);
    final ObjectProperty<ColumnChoice> referenceColumn = new SimpleObjectProperty<>(ColumnChoice.NONE);
    final ObservableList<String> datePatterns = FXCollections.observableArrayList();
    final StringProperty datePattern = new SimpleStringProperty();
    final StringProperty dateWarning = new SimpleStringProperty("");
    final ObjectProperty<NumberStyle> numberStyle = new SimpleObjectProperty<>(NumberStyle.DOT_DECIMAL);

    final ObservableList<PreviewRow> preview = FXCollections.observableArrayList();
    final StringProperty summary = new SimpleStringProperty("");
    final BooleanProperty canImport = new SimpleBooleanProperty(false);
    final BooleanProperty previewing = new SimpleBooleanProperty(false);

    final DoubleProperty progress = new SimpleDoubleProperty(-1);
    final StringProperty progressText = new SimpleStringProperty("");
    final StringProperty result = new SimpleStringProperty("");
    final BooleanProperty canUndoResult = new SimpleBooleanProperty(false);

    final ObservableList<ImportBatch> history = FXCollections.observableArrayList();

    public ObservableList<ImportBatch> history() {
        return history;
    }

    public ObservableList<PreviewRow> preview() {
        return preview;
    }

    void clear() {
        accounts.clear();
        preview.clear();
        history.clear();
        columns.clear();
    }
}
