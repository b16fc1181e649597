package dev.meridian.core.coach.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.coach.CoachDatabase;
import dev.meridian.core.domain.Notification;
import dev.meridian.core.repo.NotificationRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsightPublisherTest {

    @TempDir Path dir;

    private static Insight budget(String key) {
        return new Insight(InsightKind.BUDGET_WARNING, key, "Dining: 85 % of the budget spent", "Spent 340.00 USD of 400.00 USD.",
                InsightLink.category(7, YearMonth.of(2026, 11)));
    }

    @Test
    void theSameInsightIsNotifiedOnceAcrossRuns() {
        try (CoachDatabase db = new CoachDatabase(dir)) {
            InsightPublisher publisher = new InsightPublisher(db.dsl, Clock.fixed(Instant.parse("2026-11-20T08:00:00Z"), ZoneOffset.UTC));
            List<Notification> first = publisher.publish(List.of(budget("budget-80:7:2026-11"), budget("budget-80:7:2026-11")));
            assertThat(first).singleElement().satisfies(n -> {
                assertThat(n.source()).isEqualTo(InsightPublisher.SOURCE);
                assertThat(n.link()).isEqualTo("category:7:2026-11");
                assertThat(n.read()).isFalse();
            });
            assertThat(publisher.publish(List.of(budget("budget-80:7:2026-11")))).isEmpty();
            assertThat(publisher.publish(List.of(budget("budget-80:7:2026-12")))).hasSize(1);
            assertThat(new NotificationRepository(db.dsl).recent(10)).hasSize(2);
        }
    }

    @Test
    void linksRoundTripAndBadLinksSayWhy() {
        for (InsightLink link : List.of(InsightLink.transactions(List.of(1L, 22L)), InsightLink.category(7, YearMonth.of(2026, 1)),
                InsightLink.goal(3), InsightLink.subscriptions(List.of(5L)))) {
            assertThat(InsightLink.parse(link.encode())).isEqualTo(link);
        }
        assertThatThrownBy(() -> InsightLink.parse("chart:42x")).hasMessageContaining("Not an insight link: 'chart:42x'");
        assertThatThrownBy(() -> InsightLink.parse("goal:1:13-2026")).hasMessageContaining("goal:1:13-2026");
    }
}
