package dev.meridian.app.ui;

import static dev.meridian.app.ui.AppFixture.fx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.app.accounts.TransactionRow;
import dev.meridian.app.palette.PaletteItem;
import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.AccountType;
import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.AuditEntry;
import dev.meridian.core.domain.Category;
import dev.meridian.core.domain.CategoryKind;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.money.Money;
import dev.meridian.core.repo.AccountRepository;
import dev.meridian.core.repo.AuditLog;
import dev.meridian.core.repo.CategoryRepository;
import dev.meridian.core.repo.InstrumentRepository;
import dev.meridian.core.repo.SettingsRepository;
import dev.meridian.core.repo.TransactionRepository;
import dev.meridian.core.vault.Vault;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WorkstationTest {

    private AppFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = new AppFixture().withVault(WorkstationTest::seed);
        app.start(stage);
    }

    private static void seed(Vault vault) {
        Account checking = new AccountRepository(vault.dsl()).insert(
                new Account(0, "Everyday Checking", AccountType.BANK, "EUR", null, "Demo Bank", null, Money.of("1000", "EUR"), false, null));
        new CategoryRepository(vault.dsl()).insert(new Category(0, "Groceries", null, CategoryKind.EXPENSE, null));
        new TransactionRepository(vault.dsl()).insert(Transaction.cash(checking.id(), TransactionType.WITHDRAWAL,
                LocalDate.of(2026, 1, 5), Money.of("-12.40", "EUR"), "Bakery Lindner", "Bread", null));
        new InstrumentRepository(vault.dsl()).insert(new Instrument(0, "MRDN", "Meridian Test Industries", AssetClass.STOCK,
                "XNAS", "USD", null, null, null, "America/New_York"));
    }

    @BeforeEach
    void unlock(FxRobot robot) throws Exception {
        UnlockScreenTest.waitFor(robot, "#unlock-password");
        AppFixture.unlockAndOpen(robot, "accounts", "#accounts-screen");
        AppFixture.waitFor(() -> rows(robot).size() == 1);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void accountsShowBalancesAndTheTableShowsTransactions(FxRobot robot) throws Exception {
        ListView<?> accounts = robot.lookup("#account-list").queryAs(ListView.class);
        assertThat(fx(() -> accounts.getItems().size())).isEqualTo(2);
        assertThat(rows(robot).getFirst().transaction().payee()).isEqualTo("Bakery Lindner");
        assertThat(fx(() -> robot.lookup("#tx-count").queryAs(Label.class).getText())).isEqualTo("1 transactions");
        // Finished jobs leave the status bar, also after a garbage collection (its listeners are weak).
        System.gc();
        robot.clickOn("#tx-filter").write("Bak");
        AppFixture.waitFor(() -> robot.lookup("#status-jobs").queryAs(HBox.class).getChildren().isEmpty()
                && robot.lookup("#tx-count").queryAs(Label.class).getText().equals("1 transactions"));
    }

    @Test
    void sidebarAndShortcutsSwitchScreens(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        UnlockScreenTest.waitFor(robot, "#settings-screen");
        assertThat(fx(() -> robot.lookup("#settings-vault-location").queryAs(Label.class).getText()))
                .isEqualTo(app.folder.dir().toAbsolutePath().toString());

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        UnlockScreenTest.waitFor(robot, "#accounts-screen");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        UnlockScreenTest.waitFor(robot, "#dashboard-screen");
        assertThat(robot.lookup("#settings-screen").match(AppFixture::shown).tryQuery()).isEmpty();
    }

    @Test
    void commandPaletteFiltersScreensAndFindsInstruments(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        UnlockScreenTest.waitFor(robot, "#palette-query");
        robot.write("settin");
        AppFixture.waitFor(() -> firstPaletteItem(robot).equals("Settings"));
        robot.type(KeyCode.ENTER);
        UnlockScreenTest.waitFor(robot, "#settings-screen");
        assertThat(robot.lookup("#command-palette").match(AppFixture::shown).tryQuery()).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        UnlockScreenTest.waitFor(robot, "#palette-query");
        robot.write("MRDN");
        AppFixture.waitFor(() -> firstPaletteItem(robot).equals("MRDN — Meridian Test Industries"));
        robot.type(KeyCode.ESCAPE);
        AppFixture.waitFor(() -> robot.lookup("#command-palette").match(AppFixture::shown).tryQuery().isEmpty());
    }

    @Test
    void addingATransactionShowsItAndUndoRemovesIt(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        UnlockScreenTest.waitFor(robot, "#tx-payee");
        robot.clickOn("#tx-payee").write("Coffee Corner");
        robot.clickOn("#tx-amount").write("4.50");
        robot.clickOn("#tx-save");

        AppFixture.waitFor(() -> rows(robot).size() == 2);
        TransactionRow added = rows(robot).stream().filter(r -> "Coffee Corner".equals(r.transaction().payee())).findFirst().orElseThrow();
        assertThat(added.transaction().amount().amount()).isEqualByComparingTo("-4.50");
        assertThat(added.accountName()).isEqualTo("Everyday Checking");

        robot.clickOn("#tx-table");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        AppFixture.waitFor(() -> rows(robot).size() == 1);
        assertThat(rows(robot).getFirst().transaction().payee()).isEqualTo("Bakery Lindner");

        robot.clickOn("#lock-button");
        UnlockScreenTest.waitFor(robot, "#unlock-password");
        Vault vault = app.folder.unlock(AppFixture.PASSWORD.toCharArray());
        try {
            assertThat(new AuditLog(vault.dsl()).recent(10)).extracting(AuditEntry::action)
                    .containsExactly("transaction.undo-add", "transaction.add");
            assertThat(new TransactionRepository(vault.dsl()).count()).isEqualTo(1);
        } finally {
            vault.close();
        }
    }

    @Test
    void lockingWithADialogOpenClosesTheDialogAndSavesNothing(FxRobot robot) throws Exception {
        robot.clickOn("#tx-add");
        UnlockScreenTest.waitFor(robot, "#tx-payee");
        robot.clickOn("#tx-payee").write("Half typed");
        robot.clickOn("#tx-amount").write("9.99");

        // What the idle timer does: lock from the FX thread while the dialog is open.
        WaitForAsyncUtils.asyncFx(() -> app.window.lock());
        UnlockScreenTest.waitFor(robot, "#unlock-password");
        assertThat(robot.lookup("#transaction-dialog").tryQuery()).isEmpty();

        Vault vault = app.folder.unlock(AppFixture.PASSWORD.toCharArray());
        try {
            assertThat(new TransactionRepository(vault.dsl()).count()).isEqualTo(1);
        } finally {
            vault.close();
        }
    }

    @Test
    void deleteAsksFirstAndUndoBringsTheRowBack(FxRobot robot) throws Exception {
        robot.clickOn("Bakery Lindner");
        robot.type(KeyCode.DELETE);
        UnlockScreenTest.waitFor(robot, "#delete-confirmation");
        assertThat(rows(robot)).hasSize(1);
        robot.type(KeyCode.ENTER);
        AppFixture.waitFor(() -> rows(robot).isEmpty());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        AppFixture.waitFor(() -> rows(robot).size() == 1);
        assertThat(rows(robot).getFirst().transaction().payee()).isEqualTo("Bakery Lindner");
        assertThat(rows(robot).getFirst().transaction().amount().amount()).isEqualByComparingTo("-12.40");
    }

    @Test
    void settingsValidateAutoLockAndReportAWrongCurrentPassword(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        UnlockScreenTest.waitFor(robot, "#settings-screen");
        AppFixture.waitFor(() -> robot.lookup("#settings-autolock").queryAs(TextField.class).getText().equals("15"));

        robot.doubleClickOn("#settings-autolock").eraseText(2).write("0").clickOn("#settings-autolock-apply");
        AppFixture.waitFor(() -> robot.lookup("#settings-autolock-message").queryAs(Label.class).getText()
                .equals("Auto-lock: enter whole minutes from 1 to 1440."));
        robot.doubleClickOn("#settings-autolock").eraseText(1).write("5").clickOn("#settings-autolock-apply");
        AppFixture.waitFor(() -> robot.lookup("#settings-autolock-message").queryAs(Label.class).getText()
                .equals("Locks after 5 minutes without input."));

        robot.clickOn("#settings-current-password").write("not it");
        robot.clickOn("#settings-new-password").write("a brand new password");
        robot.clickOn("#settings-repeat-password").write("a brand new password");
        robot.clickOn("#settings-change-password");
        AppFixture.waitFor(() -> robot.lookup("#settings-password-message").queryAs(Label.class).getText().equals("Wrong password."));

        robot.clickOn("#lock-button");
        UnlockScreenTest.waitFor(robot, "#unlock-password");
        Vault vault = app.folder.unlock(AppFixture.PASSWORD.toCharArray());
        try {
            assertThat(new SettingsRepository(vault.dsl()).get("security.autoLockMinutes")).contains("5");
        } finally {
            vault.close();
        }
    }

    @Test
    void anInvalidAmountIsReportedOnItsFieldAndNothingIsWritten(FxRobot robot) throws Exception {
        robot.clickOn("#tx-add");
        UnlockScreenTest.waitFor(robot, "#tx-payee");
        robot.clickOn("#tx-payee").write("Coffee Corner");
        robot.clickOn("#tx-amount").write("4.5x");
        robot.clickOn("#tx-save");

        UnlockScreenTest.waitFor(robot, "#tx-error-amount");
        assertThat(fx(() -> robot.lookup("#tx-error-amount").queryAs(Label.class).getText()))
                .isEqualTo("Amount: '4.5x' is not a number — write it like 1234.56.");
        assertThat(robot.lookup("#transaction-dialog").match(AppFixture::shown).tryQuery()).isPresent();

        robot.type(KeyCode.ESCAPE);
        AppFixture.waitFor(() -> robot.lookup("#transaction-dialog").match(AppFixture::shown).tryQuery().isEmpty());
        robot.clickOn("#lock-button");
        UnlockScreenTest.waitFor(robot, "#unlock-password");
        Vault vault = app.folder.unlock(AppFixture.PASSWORD.toCharArray());
        try {
            assertThat(new TransactionRepository(vault.dsl()).count()).isEqualTo(1);
        } finally {
            vault.close();
        }
    }

    @Test
    void theThemeToggleSwitchesTheStylesheetLive(FxRobot robot) throws Exception {
        String before = fx(Application::getUserAgentStylesheet);
        assertThat(before).contains("primer-light");
        robot.clickOn("#theme-toggle");
        AppFixture.waitFor(() -> Application.getUserAgentStylesheet().contains("primer-dark"));
        robot.clickOn("#theme-toggle");
        AppFixture.waitFor(() -> Application.getUserAgentStylesheet().contains("primer-light"));
        assertThat(fx(() -> robot.lookup("#shell").query().getScene().getStylesheets()))
                .anyMatch(s -> s.endsWith("dev/meridian/app/meridian.css"));
    }

    @SuppressWarnings("unchecked")
    private static List<TransactionRow> rows(FxRobot robot) throws Exception {
        return fx(() -> {
            Node table = robot.lookup("#tx-table").query();
            return List.copyOf(((TableView<TransactionRow>) table).getItems());
        });
    }

    private static String firstPaletteItem(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#palette-list").queryAs(ListView.class);
        return list.getItems().isEmpty() ? "" : ((PaletteItem) list.getItems().getFirst()).title();
    }
}
