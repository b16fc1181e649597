package dev.meridian.app.accounts;

import dev.meridian.app.accounts.TransactionForm.Field;
import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.Category;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Add or edit one transaction. OK validates through {@link TransactionForm}; while any field is
 * wrong the dialog stays open with the message under that field, and nothing is saved. Esc cancels.
 */
final class TransactionDialog {

    private final Dialog<Transaction> dialog = new Dialog<>();
    private final ComboBox<Account> account = new ComboBox<>();
    private final DatePicker date = new DatePicker();
    private final ComboBox<TransactionType> type = new ComboBox<>();
    private final TextField payee = new TextField();
    private final TextField description = new TextField();
    private final ComboBox<Category> category = new ComboBox<>();
    private final TextField amount = new TextField();
    private final TextArea notes = new TextArea();
    private final Map<Field, Label> errors = new EnumMap<>(Field.class);
    private final Map<Field, Node> inputs = new EnumMap<>(Field.class);
    private final Transaction original;

    TransactionDialog(Window owner, Transaction original, Account preselected, List<Account> accounts,
                      List<Category> categories, Map<Long, Account> accountsById) {
        this.original = original;
        dialog.initOwner(owner);
        dialog.setTitle(original == null ? "New transaction" : "Edit transaction");
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        dialog.getDialogPane().setId("transaction-dialog");
        if (owner != null && owner.getScene() != null) dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());

        account.setId("tx-account");
        account.getItems().setAll(accounts);
        account.setConverter(named(Account::name));
        date.setId("tx-date");
        type.setId("tx-type");
        type.getItems().setAll(TransactionForm.CASH_TYPES);
        type.setConverter(named(TransactionDialog::typeLabel));
        payee.setId("tx-payee");
        description.setId("tx-description");
        category.setId("tx-category");
        category.getItems().add(null);
        category.getItems().addAll(categories);
        category.setConverter(named(c -> c == null ? "—" : c.name()));
        amount.setId("tx-amount");
        amount.setPromptText("e.g. 42.50 — the type decides in or out");
        notes.setId("tx-notes");
        notes.setPrefRowCount(2);
        notes.setWrapText(true);

        fill(original, preselected, accountsById);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints(320);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        row = addRow(grid, row, "Account", account, Field.ACCOUNT);
        row = addRow(grid, row, "Date", date, Field.DATE);
        row = addRow(grid, row, "Type", type, Field.TYPE);
        row = addRow(grid, row, "Payee", payee, Field.PAYEE);
        row = addRow(grid, row, "Description", description, null);
        row = addRow(grid, row, "Category", category, null);
        row = addRow(grid, row, "Amount", amount, Field.AMOUNT);
        addRow(grid, row, "Notes", notes, Field.NOTES);
        dialog.getDialogPane().setContent(grid);

        ButtonType save = new ButtonType(original == null ? "Add" : "Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("tx-save");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!showErrors()) e.consume();
        });
        dialog.setResultConverter(button -> button == save ? TransactionForm.validate(input()).transaction() : null);
        dialog.setOnShown(e -> payee.requestFocus());
    }

    Optional<Transaction> showAndWait() {
        return dialog.showAndWait();
    }

    private void fill(Transaction t, Account preselected, Map<Long, Account> accountsById) {
        if (t == null) {
            account.setValue(preselected != null ? preselected : account.getItems().isEmpty() ? null : account.getItems().getFirst());
            date.setValue(LocalDate.now());
            type.setValue(TransactionType.WITHDRAWAL);
            return;
        }
        account.setValue(accountsById.get(t.accountId()));
        date.setValue(t.date());
        payee.setText(t.payee());
        description.setText(t.description());
        category.setValue(category.getItems().stream().filter(c -> c != null && t.categoryId() != null && c.id() == t.categoryId()).findFirst().orElse(null));
        notes.setText(t.notes());
        if (TransactionForm.descriptiveOnly(t)) {
            type.getItems().setAll(t.type());
            type.setValue(t.type());
            type.setDisable(true);
            amount.setText(MoneyFormat.plain(t.amount().amount().abs()));
            amount.setDisable(true);
            account.setDisable(true);
            return;
        }
        type.setValue(t.type());
        amount.setText(MoneyFormat.plain(t.amount().amount().abs()));
    }

    private TransactionInput input() {
        return new TransactionInput(original, account.getValue(), type.getValue(), dateValue(), payee.getText(),
                description.getText(), category.getValue(), amount.getText(), notes.getText());
    }

    /** The picker's value, committing typed text first; unparseable text counts as no date. */
    private LocalDate dateValue() {
        String typed = date.getEditor().getText();
        try {
            LocalDate parsed = date.getConverter().fromString(typed);
            if (parsed != null) date.setValue(parsed);
            return parsed;
        } catch (RuntimeException unparseable) {
            return null;
        }
    }

    /** Shows each field's message; returns true when the form is valid. */
    private boolean showErrors() {
        Map<Field, String> found = TransactionForm.validate(input()).errors();
        for (Map.Entry<Field, Label> e : errors.entrySet()) {
            String message = found.get(e.getKey());
            e.getValue().setText(message == null ? "" : message);
            e.getValue().setVisible(message != null);
            e.getValue().setManaged(message != null);
            Node input = inputs.get(e.getKey());
            input.getStyleClass().remove("invalid");
            if (message != null) input.getStyleClass().add("invalid");
        }
        found.keySet().stream().findFirst().map(inputs::get).ifPresent(Node::requestFocus);
        return found.isEmpty();
    }

    private int addRow(GridPane grid, int row, String label, Node input, Field field) {
        Label l = new Label(label);
        l.setLabelFor(input);
        grid.add(l, 0, row);
        grid.add(input, 1, row);
        if (input instanceof ComboBox<?> c) c.setMaxWidth(Double.MAX_VALUE);
        if (input instanceof DatePicker d) d.setMaxWidth(Double.MAX_VALUE);
        if (field == null) return row + 1;
        Label error = new Label();
        error.setId("tx-error-" + field.name().toLowerCase(Locale.ROOT));
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
        errors.put(field, error);
        inputs.put(field, input);
        grid.add(error, 1, row + 1);
        return row + 2;
    }

    static String typeLabel(TransactionType t) {
        return switch (t) {
            case WITHDRAWAL -> "Payment / withdrawal";
            case DEPOSIT -> "Deposit / income";
            case FEE -> "Fee";
            case INTEREST -> "Interest";
            case DIVIDEND -> "Dividend";
            case TAX -> "Tax";
            case TRANSFER_IN -> "Transfer in";
            case TRANSFER_OUT -> "Transfer out";
            case BUY -> "Buy";
            case SELL -> "Sell";
            case SPLIT -> "Split";
        };
    }

    private static <T> StringConverter<T> named(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
