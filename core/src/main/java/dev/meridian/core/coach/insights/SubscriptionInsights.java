package dev.meridian.core.coach.insights;

import dev.meridian.core.coach.recurring.Overlap;
import dev.meridian.core.coach.recurring.Overlaps;
import dev.meridian.core.coach.recurring.PriceChange;
import dev.meridian.core.coach.recurring.TrackedSeries;
import dev.meridian.core.domain.RecurringSeries;
import dev.meridian.core.domain.RecurringStatus;
import dev.meridian.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Overlapping services (keep one, save the others) and recent price increases of running subscriptions. */
public final class SubscriptionInsights {

    /** Price increases older than this are old news. */
    static final int RECENT_DAYS = 90;

    private SubscriptionInsights() {
    }

    public static List<Insight> of(List<TrackedSeries> tracked, LocalDate today) {
        List<Insight> out = new ArrayList<>();
        List<RecurringSeries> series = tracked.stream().map(TrackedSeries::series).toList();
        for (Overlap o : Overlaps.find(series)) {
            List<RecurringSeries> list = o.series().stream().sorted(Comparator.comparing(RecurringSeries::payee)).toList();
            String names = list.stream().map(RecurringSeries::payee).collect(Collectors.joining(" and "));
            RecurringSeries cheapest = list.stream().min(Comparator.comparing(s -> s.expectedAmount().abs().amount())).orElseThrow();
            Money saving = Money.zero(cheapest.expectedAmount().currency());
            for (RecurringSeries s : list) if (s != cheapest) saving = saving.plus(s.expectedAmount().abs());
            out.add(new Insight(InsightKind.SAVINGS_OPPORTUNITY,
                    "overlap:" + o.service() + ":" + list.stream().map(s -> String.valueOf(s.id())).collect(Collectors.joining(",")),
                    "You pay for " + list.size() + " " + o.service().label() + " services",
                    names + " both sell " + o.service().label() + ". Keeping only " + cheapest.payee() + " saves about "
                            + Amounts.of(saving) + " per charge.",
                    InsightLink.subscriptions(list.stream().map(RecurringSeries::id).toList())));
        }
        for (TrackedSeries t : tracked) {
            PriceChange change = t.priceChange();
            RecurringSeries s = t.series();
            if (change == null || !change.increase() || s.status() == RecurringStatus.IGNORED) continue;
            if (change.since().isBefore(today.minusDays(RECENT_DAYS))) continue;
            out.add(new Insight(InsightKind.PRICE_INCREASE, "price:" + s.id() + ":" + change.since(),
                    s.payee() + " raised its price by " + change.percent() + " %",
                    "Charged " + Amounts.of(change.to()) + " since " + change.since() + ", was " + Amounts.of(change.from()) + ".",
                    InsightLink.subscriptions(List.of(s.id()))));
        }
        return out;
    }
}
