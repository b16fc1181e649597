package dev.meridian.core.coach.insights;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where an insight's data is, as text stored in a notification's link: "transactions:12,40",
 * "category:7:2026-11", "goal:3", "subscriptions:5,9". {@code month} is set only for categories.
 */
public record InsightLink(Target target, List<Long> ids, YearMonth month) {

    public enum Target { TRANSACTIONS, CATEGORY, GOAL, SUBSCRIPTIONS }

    public InsightLink {
        ids = List.copyOf(ids);
        if (ids.isEmpty()) throw new IllegalArgumentException("An insight link needs at least one id");
    }

    public static InsightLink transactions(List<Long> ids) {
        return new InsightLink(Target.TRANSACTIONS, ids, null);
    }

    public static InsightLink category(long id, YearMonth month) {
        return new InsightLink(Target.CATEGORY, List.of(id), month);
    }

    public static InsightLink goal(long id) {
        return new InsightLink(Target.GOAL, List.of(id), null);
    }

    public static InsightLink subscriptions(List<Long> ids) {
        return new InsightLink(Target.SUBSCRIPTIONS, ids, null);
    }

    public String encode() {
        String base = target.name().toLowerCase() + ":" + ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        return month == null ? base : base + ":" + month;
    }

    /** @throws IllegalArgumentException saying what is wrong when {@code text} is not a link this class wrote */
    public static InsightLink parse(String text) {
        if (text == null) throw new IllegalArgumentException("No insight link");
        String[] parts = text.split(":");
        if (parts.length < 2 || parts.length > 3) throw new IllegalArgumentException("Not an insight link: '" + text + "'");
        try {
            Target target = Target.valueOf(parts[0].toUpperCase());
            List<Long> ids = Arrays.stream(parts[1].split(",")).map(Long::parseLong).toList();
            YearMonth month = parts.length == 3 ? YearMonth.parse(parts[2]) : null;
            return new InsightLink(target, ids, month);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("Not an insight link: '" + text + "'", e);
        }
    }
}
