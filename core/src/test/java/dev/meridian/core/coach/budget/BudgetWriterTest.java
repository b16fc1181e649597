package dev.meridian.core.coach.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.coach.CoachDatabase;
import dev.meridian.core.domain.Budget;
import dev.meridian.core.domain.BudgetGroup;
import dev.meridian.core.money.Money;
import dev.meridian.core.repo.BudgetRepository;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BudgetWriterTest {

    @TempDir Path dir;

    @Test
    void changingABudgetKeepsWhatEarlierMonthsPlanned() {
        try (CoachDatabase db = new CoachDatabase(dir)) {
            long dining = db.expense("Dining", BudgetGroup.WANTS).id();
            BudgetRepository budgets = new BudgetRepository(db.dsl);
            budgets.insert(new Budget(0, dining, Money.of("400", "USD"), YearMonth.of(2026, 1), null, true));
            BudgetWriter writer = new BudgetWriter(budgets);

            Budget may = writer.setAmount(dining, YearMonth.of(2026, 5), Money.of("350", "USD"));
            assertThat(may.rollover()).isTrue();
            assertThat(budgets.activeIn(YearMonth.of(2026, 4))).singleElement()
                    .satisfies(b -> assertThat(b.monthlyAmount().amount()).isEqualByComparingTo("400"));
            assertThat(budgets.activeIn(YearMonth.of(2026, 6))).singleElement()
                    .satisfies(b -> assertThat(b.monthlyAmount().amount()).isEqualByComparingTo("350"));

            writer.setAmount(dining, YearMonth.of(2026, 5), Money.of("360", "USD"));
            assertThat(budgets.all()).hasSize(2);
            assertThat(budgets.activeIn(YearMonth.of(2026, 5)).getFirst().monthlyAmount().amount()).isEqualByComparingTo("360");
            assertThatThrownBy(() -> writer.setAmount(dining, YearMonth.of(2026, 7), Money.of("-1", "USD"))).hasMessageContaining("negative");
            assertThat(budgets.all()).hasSize(2);
        }
    }
}
