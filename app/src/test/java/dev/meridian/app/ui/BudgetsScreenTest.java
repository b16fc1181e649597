package dev.meridian.app.ui;

import static dev.meridian.app.ui.AppFixture.fx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.core.coach.budget.BudgetLine;
import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.AccountType;
import dev.meridian.core.domain.Budget;
import dev.meridian.core.domain.BudgetGroup;
import dev.meridian.core.domain.Category;
import dev.meridian.core.domain.CategoryKind;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.money.Money;
import dev.meridian.core.repo.AccountRepository;
import dev.meridian.core.repo.BudgetRepository;
import dev.meridian.core.repo.CategoryRepository;
import dev.meridian.core.repo.TransactionRepository;
import dev.meridian.core.vault.Vault;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
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
class BudgetsScreenTest {

    private static long dining;
    private static long rent;
    private AppFixture app;

    /** Seeding a vault (key derivation, migrations) on a busy machine can outlast TestFX's 10 s setup default. */
    @BeforeAll
    static void patientSetup() {
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(60_000);
    }

    @Start
    void start(Stage stage) throws Exception {
        app = new AppFixture().withVault(BudgetsScreenTest::seed);
        app.start(stage);
    }

    /** This month: dining 340 of 400 (85 %), rent 1100 of 1000 (over); salary 3000 in each of the last three months. */
    private static void seed(Vault vault) {
        Account checking = new AccountRepository(vault.dsl()).insert(
                new Account(0, "Checking", AccountType.BANK, "USD", null, null, null, Money.of("5000", "USD"), false, null));
        CategoryRepository categories = new CategoryRepository(vault.dsl());
        dining = categories.insert(new Category(0, "Dining Out", null, CategoryKind.EXPENSE, BudgetGroup.WANTS)).id();
        rent = categories.insert(new Category(0, "Rent", null, CategoryKind.EXPENSE, BudgetGroup.NEEDS)).id();
        long salary = categories.insert(new Category(0, "Salary", null, CategoryKind.INCOME, null)).id();
        categories.insert(new Category(0, "Savings", null, CategoryKind.TRANSFER, BudgetGroup.SAVINGS));
        YearMonth start = YearMonth.now().minusMonths(12);
        BudgetRepository budgets = new BudgetRepository(vault.dsl());
        budgets.insert(new Budget(0, dining, Money.of("400", "USD"), start, null, false));
        budgets.insert(new Budget(0, rent, Money.of("1000", "USD"), start, null, false));
        TransactionRepository txns = new TransactionRepository(vault.dsl());
        LocalDate first = LocalDate.now().withDayOfMonth(1);
        txns.insert(Transaction.cash(checking.id(), TransactionType.WITHDRAWAL, first, Money.of("-200", "USD"), "Sushi Zen", null, dining));
        txns.insert(Transaction.cash(checking.id(), TransactionType.WITHDRAWAL, first, Money.of("-140", "USD"), "Chipotle", null, dining));
        txns.insert(Transaction.cash(checking.id(), TransactionType.WITHDRAWAL, first, Money.of("-1100", "USD"), "Landlord", null, rent));
        for (int m = 1; m <= 3; m++) {
            txns.insert(Transaction.cash(checking.id(), TransactionType.DEPOSIT, first.minusMonths(m).plusDays(24), Money.of("3000", "USD"),
                    "Employer", null, salary));
        }
    }

    @BeforeEach
    void unlock(FxRobot robot) throws Exception {
        UnlockScreenTest.waitFor(robot, "#unlock-password");
        AppFixture.unlockAndOpen(robot, "budgets", "#budget-row-" + dining);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    private static BudgetLine line(FxRobot robot, long category) throws Exception {
        return fx(() -> (BudgetLine) robot.lookup("#budget-row-" + category).queryAs(HBox.class).getUserData());
    }

    private static ProgressBar bar(FxRobot robot, long category) {
        return robot.lookup("#budget-row-" + category).queryAs(HBox.class).getChildren().stream()
                .filter(ProgressBar.class::isInstance).map(ProgressBar.class::cast).findFirst().orElseThrow();
    }

    @Test
    void progressBarsShowSpentAgainstBudgetWithWarningAndOverStyles(FxRobot robot) throws Exception {
        assertThat(fx(() -> bar(robot, dining).getProgress())).isEqualTo(0.85);
        assertThat(fx(() -> bar(robot, dining).getStyleClass())).contains("warning");
        assertThat(fx(() -> bar(robot, rent).getProgress())).isEqualTo(1.0);
        assertThat(fx(() -> bar(robot, rent).getStyleClass())).contains("exceeded");
        assertThat(robot.lookup("#budget-group-needs").tryQuery()).isPresent();
        assertThat(robot.lookup("#budget-group-wants").tryQuery()).isPresent();
        assertThat(fx(() -> robot.lookup("#budget-income").queryAs(Label.class).getText())).contains("3,000.00");
    }

    @Test
    void editingABudgetSavesItFromTheMonthShown(FxRobot robot) throws Exception {
        robot.clickOn("#budget-edit-" + dining);
        UnlockScreenTest.waitFor(robot, "#budget-amount-dialog");
        DialogPane dialog = robot.lookup("#budget-amount-dialog").queryAs(DialogPane.class);
        robot.clickOn(robot.from(dialog).lookup(".text-field").queryAs(TextField.class));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("500");
        robot.clickOn(fx(() -> dialog.lookupButton(ButtonType.OK)));
        AppFixture.waitFor(() -> line(robot, dining).available().amount().compareTo(new BigDecimal("500")) == 0);
        assertThat(fx(() -> bar(robot, dining).getProgress())).isEqualTo(0.68);
        assertThat(fx(() -> bar(robot, dining).getStyleClass())).doesNotContain("warning");
    }

    @Test
    void theFiftyThirtyTwentyTemplateBudgetsFromIncome(FxRobot robot) throws Exception {
        robot.clickOn("#budget-template");
        UnlockScreenTest.waitFor(robot, "#budget-template-dialog");
        DialogPane dialog = robot.lookup("#budget-template-dialog").queryAs(DialogPane.class);
        Node apply = fx(() -> dialog.getButtonTypes().stream().filter(b -> b.getText().equals("Apply")).map(dialog::lookupButton)
                .findFirst().orElseThrow());
        robot.clickOn(apply);
        // 3000 income: needs 1500 (rent alone), wants 900 (dining alone), savings 600
        AppFixture.waitFor(() -> line(robot, rent).available().amount().compareTo(new BigDecimal("1500")) == 0);
        assertThat(line(robot, dining).available().amount()).isEqualByComparingTo("900");
        assertThat(fx(() -> robot.lookup("#budget-group-savings").tryQuery().isPresent())).isTrue();
    }
}
