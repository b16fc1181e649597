package dev.meridian.app.ui;

import static dev.meridian.app.ui.AppFixture.fx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.AccountType;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.money.Money;
import dev.meridian.core.repo.AccountRepository;
import dev.meridian.core.repo.ImportBatchRepository;
import dev.meridian.core.repo.TransactionRepository;
import dev.meridian.core.vault.Vault;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Walks the Import wizard on a small semicolon CSV with comma decimals and checks what reached the vault. */
@ExtendWith(ApplicationExtension.class)
class ImportWizardTest {

    static final String CSV = """
            Buchungstag;Empfänger;Verwendungszweck;Betrag
            02.01.2024;Bäckerei Müller;Brötchen;-4,80
            03.01.2024;Arbeitgeber GmbH;Gehalt;3.150,00
            15.01.2024;Hausverwaltung;Miete;-1.200,00
            """;

    private AppFixture app;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        app = new AppFixture().withVault(ImportWizardTest::seed);
        file = app.root.resolve("girokonto.csv");
        Files.writeString(file, CSV, StandardCharsets.UTF_8);
        app.start(stage);
    }

    private static void seed(Vault vault) {
        Account giro = new AccountRepository(vault.dsl()).insert(
                new Account(0, "Girokonto", AccountType.BANK, "EUR", null, "Sparkasse", null, Money.zero("EUR"), false, null));
        new TransactionRepository(vault.dsl()).insert(Transaction.cash(giro.id(), TransactionType.WITHDRAWAL,
                LocalDate.of(2023, 12, 20), Money.of("-10", "EUR"), "Before the import", null, null));
    }

    @BeforeEach
    void unlock(FxRobot robot) throws Exception {
        UnlockScreenTest.waitFor(robot, "#unlock-password");
        AppFixture.unlockAndOpen(robot, "accounts", "#accounts-screen");
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    private void walkToPreview(FxRobot robot) throws Exception {
        robot.clickOn("#tx-import");
        UnlockScreenTest.waitFor(robot, "#import-path");
        AppFixture.waitFor(() -> robot.lookup("#import-account").queryComboBox().getValue() != null);
        robot.clickOn("#import-path").write(file.toString());
        robot.clickOn("#import-next");
        UnlockScreenTest.waitFor(robot, "#import-preview");
        AppFixture.waitFor(() -> previewRows(robot) == 3);
    }

    @Test
    void importsACsvAfterPreviewAndTheRowsAreInTheVault(FxRobot robot) throws Exception {
        walkToPreview(robot);
        assertThat(fx(() -> robot.lookup("#import-format").queryAs(Label.class).getText())).isEqualTo("Bank CSV — map the columns");
        assertThat(fx(() -> robot.lookup("#map-date-format").queryComboBox().getValue())).isEqualTo("dd.MM.yyyy");
        assertThat(fx(() -> robot.lookup("#import-summary").queryAs(Label.class).getText())).isEqualTo("3 new, 0 duplicates skipped");

        robot.clickOn("#import-run");
        UnlockScreenTest.waitFor(robot, "#import-result");
        assertThat(fx(() -> robot.lookup("#import-result").queryAs(Label.class).getText()))
                .startsWith("Imported 3 rows from girokonto.csv");
        AppFixture.waitFor(() -> robot.lookup("#import-history").queryAs(ListView.class).getItems().size() == 1);

        // The same file again: everything is a duplicate and Import stays disabled.
        robot.clickOn("#import-restart");
        robot.clickOn("#import-next");
        AppFixture.waitFor(() -> "0 new, 3 duplicates skipped".equals(robot.lookup("#import-summary").queryAs(Label.class).getText()));
        assertThat(fx(() -> robot.lookup("#import-run").query().isDisabled())).isTrue();

        robot.clickOn("#lock-button");
        UnlockScreenTest.waitFor(robot, "#unlock-password");
        Vault vault = app.folder.unlock(AppFixture.PASSWORD.toCharArray());
        try {
            List<Transaction> all = new TransactionRepository(vault.dsl()).all();
            assertThat(all).hasSize(4);
            List<Transaction> imported = all.stream().filter(t -> t.importBatchId() != null).toList();
            assertThat(imported).extracting(Transaction::payee).containsExactly("Bäckerei Müller", "Arbeitgeber GmbH", "Hausverwaltung");
            assertThat(imported.get(1).amount().amount()).isEqualByComparingTo("3150.00");
            assertThat(imported.get(2).amount().amount()).isEqualByComparingTo("-1200.00");
            assertThat(new ImportBatchRepository(vault.dsl()).all()).singleElement()
                    .satisfies(b -> assertThat(b.rowCount()).isEqualTo(3));
        } finally {
            vault.close();
        }
    }

    @Test
    void undoImportRemovesTheWholeBatch(FxRobot robot) throws Exception {
        walkToPreview(robot);
        robot.clickOn("#import-run");
        UnlockScreenTest.waitFor(robot, "#import-undo");
        AppFixture.waitFor(() -> robot.lookup("#import-history").queryAs(ListView.class).getItems().size() == 1);
        robot.clickOn("#import-undo");
        AppFixture.waitFor(() -> robot.lookup("#import-history").queryAs(ListView.class).getItems().isEmpty());
        assertThat(fx(() -> robot.lookup("#import-result").queryAs(Label.class).getText()))
                .isEqualTo("Import of girokonto.csv undone: 3 rows removed.");

        robot.clickOn("#lock-button");
        UnlockScreenTest.waitFor(robot, "#unlock-password");
        Vault vault = app.folder.unlock(AppFixture.PASSWORD.toCharArray());
        try {
            assertThat(new TransactionRepository(vault.dsl()).all()).extracting(Transaction::payee).containsExactly("Before the import");
            assertThat(new ImportBatchRepository(vault.dsl()).all()).isEmpty();
        } finally {
            vault.close();
        }
    }

    @Test
    void aBadAmountIsShownAsAnErrorRowAndBlocksTheImport(FxRobot robot) throws Exception {
        Files.writeString(file, CSV + "16.01.2024;Kaputt;x;zwölf\n", StandardCharsets.UTF_8);
        robot.clickOn("#tx-import");
        UnlockScreenTest.waitFor(robot, "#import-path");
        AppFixture.waitFor(() -> robot.lookup("#import-account").queryComboBox().getValue() != null);
        robot.clickOn("#import-path").write(file.toString());
        robot.clickOn("#import-next");
        AppFixture.waitFor(() -> previewRows(robot) == 4);
        assertThat(fx(() -> robot.lookup("#import-summary").queryAs(Label.class).getText())).startsWith("1 row has an error");
        assertThat(fx(() -> robot.lookup("#import-run").query().isDisabled())).isTrue();
        String detail = fx(() -> {
            @SuppressWarnings("unchecked")
            TableView<Object> table = robot.lookup("#import-preview").queryAs(TableView.class);
            return table.getColumns().get(5).getCellData(0).toString() + " @ " + table.getColumns().get(0).getCellData(0);
        });
        assertThat(detail).isEqualTo("amount 'zwölf' is not an amount (1.234,56) @ 5");
    }

    private static int previewRows(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#import-preview").queryAs(TableView.class).getItems().size());
    }
}
