package dev.meridian.core.coach.budget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.core.coach.Bookings;
import dev.meridian.core.domain.Budget;
import dev.meridian.core.domain.BudgetGroup;
import dev.meridian.core.domain.Category;
import dev.meridian.core.domain.CategoryKind;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.money.Money;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetCalculatorTest {

    private static final Category FUN = new Category(1, "Fun", null, CategoryKind.EXPENSE, BudgetGroup.WANTS);
    private static final Category HOUSING = new Category(2, "Housing", null, CategoryKind.EXPENSE, BudgetGroup.NEEDS);
    private static final Category RENT = new Category(3, "Rent", 2L, CategoryKind.EXPENSE, BudgetGroup.NEEDS);
    private static final Category SALARY = new Category(4, "Salary", null, CategoryKind.INCOME, null);
    private static final List<Category> CATEGORIES = List.of(FUN, HOUSING, RENT, SALARY);
    private final Bookings b = new Bookings(1);

    /** Fun: 80 in January, 130 in February, 50 in March, 126 in April (100 + 26 across two bookings). */
    private List<Transaction> funSpending() {
        return List.of(b.charge("2026-01-10", "80", "Arcade", 1L), b.charge("2026-02-10", "130", "Arcade", 1L),
                b.charge("2026-03-10", "50", "Arcade", 1L), b.charge("2026-04-03", "100", "Arcade", 1L),
                b.charge("2026-04-20", "26", "Cinema", 1L), b.income("2026-04-25", "3000", "Employer", 4L));
    }

    private BudgetLine april(boolean rollover) {
        Budget budget = new Budget(1, 1, Money.of("100", "USD"), YearMonth.of(2026, 1), null, rollover);
        MonthlySpending spending = MonthlySpending.of(funSpending(), CATEGORIES, "USD");
        return new BudgetCalculator().month(YearMonth.of(2026, 4), List.of(budget), CATEGORIES, spending).lines().getFirst();
    }

    @Test
    void rolloverCarriesUnspentAndOverspentMoney() {
        // carried = (100 - 80) + (100 - 130) + (100 - 50) = 40; available 140; spent 126; 90 % -> warning
        BudgetLine line = april(true);
        assertThat(line.carried().amount()).isEqualByComparingTo("40");
        assertThat(line.available().amount()).isEqualByComparingTo("140");
        assertThat(line.spent().amount()).isEqualByComparingTo("126");
        assertThat(line.remaining().amount()).isEqualByComparingTo("14");
        assertThat(line.progress()).isEqualTo(0.9);
        assertThat(line.state()).isEqualTo(BudgetState.WARNING);
    }

    @Test
    void withoutRolloverEachMonthStandsAlone() {
        BudgetLine line = april(false);
        assertThat(line.carried().amount()).isEqualByComparingTo("0");
        assertThat(line.remaining().amount()).isEqualByComparingTo("-26");
        assertThat(line.state()).isEqualTo(BudgetState.EXCEEDED);
    }

    @Test
    void parentBudgetCoversChildrenWithoutTheirOwnAndGroupsAddUp() {
        List<Transaction> txns = List.of(b.charge("2026-04-01", "1500", "Landlord", 3L), b.charge("2026-04-12", "60", "Power", 2L),
                b.charge("2026-04-12", "30", "Arcade", 1L));
        List<Budget> budgets = List.of(new Budget(1, 2, Money.of("2000", "USD"), YearMonth.of(2026, 1), null, false),
                new Budget(2, 1, Money.of("100", "USD"), YearMonth.of(2026, 1), null, false),
                new Budget(3, 1, Money.of("999", "USD"), YearMonth.of(2025, 1), YearMonth.of(2025, 12), false));
        BudgetMonth month = new BudgetCalculator().month(YearMonth.of(2026, 4), budgets, CATEGORIES, MonthlySpending.of(txns, CATEGORIES, "USD"));
        assertThat(month.lines()).extracting(l -> l.category().name()).containsExactly("Housing", "Fun");
        assertThat(month.lines().getFirst().spent().amount()).isEqualByComparingTo("1560");
        assertThat(month.lines().get(1).available().amount()).isEqualByComparingTo("100");
        assertThat(month.groups()).extracting(GroupTotal::group).containsExactly(BudgetGroup.NEEDS, BudgetGroup.WANTS);
        assertThat(month.groups().getFirst().spent().amount()).isEqualByComparingTo("1560");
    }

    @Test
    void incomeAndTypicalIncome() {
        var txns = List.of(b.income("2026-01-25", "3000", "Employer", 4L), b.income("2026-02-25", "5000", "Employer", 4L),
                b.income("2026-03-25", "3100", "Employer", 4L));
        MonthlySpending s = MonthlySpending.of(txns, CATEGORIES, "USD");
        assertThat(s.income(YearMonth.of(2026, 2))).isEqualByComparingTo("5000");
        // median of 3000, 5000, 3100: a bonus month does not set the plan
        assertThat(s.typicalIncome(YearMonth.of(2026, 4), 3)).isEqualByComparingTo("3100");
    }
}
