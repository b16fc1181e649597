package dev.meridian.core.coach.insights;

import dev.meridian.core.coach.recurring.BillReminders;
import dev.meridian.core.domain.RecurringSeries;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Reminders for bills due within the lead time, once per series and due date. */
public final class BillInsights {

    private BillInsights() {
    }

    public static List<Insight> of(List<RecurringSeries> series, LocalDate today, BillReminders reminders) {
        List<Insight> out = new ArrayList<>();
        for (RecurringSeries s : reminders.due(series, today)) {
            long days = ChronoUnit.DAYS.between(today, s.nextDate());
            String when = days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days";
            out.add(new Insight(InsightKind.BILL_DUE, "bill:" + s.id() + ":" + s.nextDate(),
                    s.payee() + " due " + when,
                    "About " + Amounts.of(s.expectedAmount().abs()) + " expected on " + s.nextDate() + " (" + s.cadence().name().toLowerCase()
                            + ").", InsightLink.subscriptions(List.of(s.id()))));
        }
        return out;
    }
}
