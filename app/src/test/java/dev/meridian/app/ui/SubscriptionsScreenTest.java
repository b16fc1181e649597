package dev.meridian.app.ui;

import static dev.meridian.app.ui.AppFixture.fx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.app.subscriptions.SubscriptionRow;
import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.AccountType;
import dev.meridian.core.domain.RecurringStatus;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.money.Money;
import dev.meridian.core.repo.AccountRepository;
import dev.meridian.core.repo.TransactionRepository;
import dev.meridian.core.vault.Vault;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SubscriptionsScreenTest {

    private AppFixture app;

    /** Seeding a vault (key derivation, migrations) on a busy machine can outlast TestFX's 10 s setup default. */
    @BeforeAll
    static void patientSetup() {
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(60_000);
    }

    @Start
    void start(Stage stage) throws Exception {
        app = new AppFixture().withVault(SubscriptionsScreenTest::seed);
        app.start(stage);
    }

    /** Six monthly charges each of Spotify, Apple Music and Netflix (whose price rose for the last two), ending a month ago. */
    private static void seed(Vault vault) {
        Account card = new AccountRepository(vault.dsl()).insert(
                new Account(0, "Card", AccountType.CREDIT_CARD, "USD", null, null, null, null, false, null));
        TransactionRepository txns = new TransactionRepository(vault.dsl());
        LocalDate today = LocalDate.now();
        for (int m = 6; m >= 1; m--) {
            LocalDate d = today.minusMonths(m);
            txns.insert(charge(card, d, "11.99", "Spotify"));
            txns.insert(charge(card, d, "10.99", "Apple Music"));
            txns.insert(charge(card, d, m <= 2 ? "17.99" : "15.49", "Netflix"));
        }
    }

    private static Transaction charge(Account card, LocalDate d, String amount, String payee) {
        return Transaction.cash(card.id(), TransactionType.WITHDRAWAL, d, Money.of("-" + amount, "USD"), payee, null, null);
    }

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        UnlockScreenTest.waitFor(robot, "#unlock-password");
        AppFixture.unlockAndOpen(robot, "subscriptions", "#subscriptions-screen");
        AppFixture.waitFor(() -> rows(robot).size() == 3);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @SuppressWarnings("unchecked")
    private static List<SubscriptionRow> rows(FxRobot robot) throws Exception {
        return fx(() -> List.copyOf(((TableView<SubscriptionRow>) robot.lookup("#sub-table").query()).getItems()));
    }

    private static SubscriptionRow row(FxRobot robot, String payee) throws Exception {
        return rows(robot).stream().filter(r -> r.tracked().series().payee().equals(payee)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static void select(FxRobot robot, String payee) throws Exception {
        SubscriptionRow wanted = row(robot, payee);
        fx(() -> {
            ((TableView<SubscriptionRow>) robot.lookup("#sub-table").query()).getSelectionModel().select(wanted);
            return null;
        });
    }

    @Test
    void detectionShowsCadencePriceChangeAndTheMusicOverlap(FxRobot robot) throws Exception {
        assertThat(row(robot, "Spotify").tracked().overlapping()).isTrue();
        assertThat(row(robot, "Apple Music").tracked().overlapping()).isTrue();
        assertThat(row(robot, "Netflix").tracked().overlapping()).isFalse();
        assertThat(row(robot, "Netflix").tracked().priceChange().percent()).isEqualByComparingTo("16.1");
        assertThat(row(robot, "Netflix").tracked().series().nextDate()).isEqualTo(LocalDate.now().minusMonths(1).plusMonths(1));
        assertThat(robot.lookup(".coach-badge").queryAll().stream().filter(n -> n instanceof Label l
                && l.getText().equals("overlap")).count()).isEqualTo(2);
    }

    @Test
    void ignoringEndsTheOverlapAndEditingConfirms(FxRobot robot) throws Exception {
        select(robot, "Apple Music");
        robot.clickOn("#sub-ignore");
        AppFixture.waitFor(() -> row(robot, "Apple Music").tracked().series().status() == RecurringStatus.IGNORED);
        assertThat(row(robot, "Spotify").tracked().overlapping()).isFalse();

        select(robot, "Spotify");
        robot.clickOn("#sub-edit");
        UnlockScreenTest.waitFor(robot, "#sub-edit-dialog");
        DialogPane dialog = robot.lookup("#sub-edit-dialog").queryAs(DialogPane.class);
        robot.clickOn(robot.lookup("#sub-edit-amount").queryAs(TextField.class));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("12.99");
        robot.clickOn(fx(() -> dialog.lookupButton(ButtonType.OK)));
        AppFixture.waitFor(() -> row(robot, "Spotify").tracked().series().status() == RecurringStatus.CONFIRMED);
        assertThat(row(robot, "Spotify").tracked().series().expectedAmount().amount()).isEqualByComparingTo(new BigDecimal("-12.99"));
    }
}
