package dev.meridian.core.coach.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.core.coach.Bookings;
import dev.meridian.core.coach.budget.MonthlySpending;
import dev.meridian.core.domain.Budget;
import dev.meridian.core.domain.BudgetGroup;
import dev.meridian.core.domain.Cadence;
import dev.meridian.core.domain.Category;
import dev.meridian.core.domain.CategoryKind;
import dev.meridian.core.domain.RecurringSeries;
import dev.meridian.core.domain.RecurringStatus;
import dev.meridian.core.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class CashFlowProjectorTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-28");
    private static final Category GROCERIES = new Category(1, "Groceries", null, CategoryKind.EXPENSE, BudgetGroup.NEEDS);
    private static final Category RENT = new Category(2, "Rent", null, CategoryKind.EXPENSE, BudgetGroup.NEEDS);
    private static final List<Category> CATEGORIES = List.of(GROCERIES, RENT);
    private final Bookings b = new Bookings(1);

    private static RecurringSeries series(long id, String payee, Long category, String amount, String next, RecurringStatus status) {
        return new RecurringSeries(id, payee, 1L, category, Cadence.MONTHLY, Money.of(amount, "USD"), null, LocalDate.parse(next), false, status);
    }

    private static MonthlySpending none() {
        return MonthlySpending.of(List.of(), CATEGORIES, "USD");
    }

    @Test
    void recurringItemsMoveTheBalanceOnTheirDates() {
        var items = List.of(series(1, "Employer", null, "3000", "2026-03-31", RecurringStatus.CONFIRMED),
                series(2, "Landlord", 2L, "-1200", "2026-04-01", RecurringStatus.DETECTED),
                series(3, "Ignored Gym", null, "-50", "2026-03-30", RecurringStatus.IGNORED));
        Forecast f = new CashFlowProjector().project(TODAY, 10, Money.of("1000", "USD"), items, List.of(), CATEGORIES, none());
        assertThat(f.days()).hasSize(10);
        assertThat(f.days().getFirst().date()).isEqualTo(LocalDate.parse("2026-03-29"));
        assertThat(f.days().get(1).balance().amount()).isEqualByComparingTo("1000");   // 03-30: the ignored gym is not booked
        assertThat(f.days().get(2).balance().amount()).isEqualByComparingTo("4000");   // 03-31 salary
        assertThat(f.days().get(3).balance().amount()).isEqualByComparingTo("2800");   // 04-01 rent
        assertThat(f.end().amount()).isEqualByComparingTo("2800");
        assertThat(f.lowest().balance().amount()).isEqualByComparingTo("1000");
    }

    @Test
    void remainingBudgetsAreSpreadOverTheDaysLeftUnlessARecurringChargeCoversThem() {
        List<Budget> budgets = List.of(new Budget(1, 1, Money.of("310", "USD"), YearMonth.of(2026, 1), null, false),
                new Budget(2, 2, Money.of("1200", "USD"), YearMonth.of(2026, 1), null, false));
        // 217 of 310 spent in March: 93 left over 3 days = 31 a day; April: 310 / 30 = 10.33 a day.
        MonthlySpending spending = MonthlySpending.of(List.of(b.charge("2026-03-14", "217", "Market", 1L),
                b.charge("2026-03-01", "1200", "Landlord", 2L)), CATEGORIES, "USD");
        var rent = series(2, "Landlord", 2L, "-1200", "2026-04-01", RecurringStatus.CONFIRMED);
        Forecast f = new CashFlowProjector().project(TODAY, 5, Money.of("2000", "USD"), List.of(rent), budgets, CATEGORIES, spending);
        assertThat(f.days()).extracting(d -> d.balance().amount().stripTrailingZeros().toPlainString())
                .containsExactly("1969", "1938", "1907", "696.67", "686.34");
        assertThat(f.days().get(3).outflow().amount()).isEqualByComparingTo("1210.33");
    }
}
