package dev.meridian.core.coach.insights;

import dev.meridian.core.coach.budget.BudgetLine;
import dev.meridian.core.coach.budget.BudgetMonth;
import java.util.ArrayList;
import java.util.List;

/** "80 % of a budget spent" and "budget exceeded", once per category and month each. */
public final class BudgetAlerts {

    private BudgetAlerts() {
    }

    public static List<Insight> of(BudgetMonth month) {
        List<Insight> out = new ArrayList<>();
        for (BudgetLine l : month.lines()) {
            String name = l.category().name();
            InsightLink link = InsightLink.category(l.category().id(), month.month());
            switch (l.state()) {
                case WARNING -> out.add(new Insight(InsightKind.BUDGET_WARNING, "budget-80:" + l.category().id() + ":" + month.month(),
                        name + ": " + Math.round(l.progress() * 100) + " % of the budget spent",
                        "Spent " + Amounts.of(l.spent()) + " of " + Amounts.of(l.available()) + " in " + month.month() + "; "
                                + Amounts.of(l.remaining()) + " left for the rest of the month.", link));
                case EXCEEDED -> out.add(new Insight(InsightKind.BUDGET_EXCEEDED, "budget-over:" + l.category().id() + ":" + month.month(),
                        name + ": budget exceeded",
                        "Spent " + Amounts.of(l.spent()) + " against a budget of " + Amounts.of(l.available()) + " in " + month.month()
                                + ", " + Amounts.of(l.remaining().negate()) + " over.", link));
                case ON_TRACK -> { }
            }
        }
        return out;
    }
}
