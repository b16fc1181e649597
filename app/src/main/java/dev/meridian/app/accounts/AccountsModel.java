package dev.meridian.app.accounts;

import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.Category;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the Accounts & Transactions screen. */
public final class AccountsModel {

    /** Rows fetched per step; the table is virtualized, the limit keeps memory and load time bounded. */
    static final int PAGE = 2_000;

    final ObservableList<AccountRow> accounts = FXCollections.observableArrayList();
    final ObjectProperty<AccountRow> selectedAccount = new SimpleObjectProperty<>(AccountRow.ALL);
    final ObservableList<TransactionRow> transactions = FXCollections.observableArrayList();
    final StringProperty filterText = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    final StringProperty filterError = new SimpleStringProperty("");
    final IntegerProperty limit = new SimpleIntegerProperty(PAGE);
    final BooleanProperty more = new SimpleBooleanProperty(false);
    final BooleanProperty loading = new SimpleBooleanProperty(false);
    final StringProperty rowCount = new SimpleStringProperty("");
    /** Set when another screen (Insights) asked for one category's bookings; the view shows it with a way to clear it. */
    final ObjectProperty<Category> categoryFilter = new SimpleObjectProperty<>();
    /** What the rules learned from the last re-categorisation, or "". */
    final StringProperty notice = new SimpleStringProperty("");
    List<Account> accountList = List.of();
    Map<Long, Account> accountsById = Map.of();
    List<Category> categories = List.of();

    public ObservableList<TransactionRow> transactions() {
        return transactions;
    }

    public ObservableList<AccountRow> accounts() {
        return accounts;
    }

    void clear() {
        accounts.clear();
        transactions.clear();
        accountList = List.of();
        accountsById = Map.of();
        categories = List.of();
        rowCount.set("");
    }
}
