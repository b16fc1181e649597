package dev.meridian.core.barcache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.market.TradingSession;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class GapPlannerTest {

    static final TradingSession US = TradingSession.usEquities();

    static long ny(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), US.zone()).toInstant().toEpochMilli();
    }

    static final LocalDate MON = LocalDate.of(2025, 3, 3);

    @Test
    void emptyCacheFetchesTheWholeRange() {
        long from = ny(MON, 0, 0);
        long to = ny(MON.plusDays(5), 0, 0);
        assertThat(GapPlanner.missing(OptionalLong.empty(), OptionalLong.empty(), from, to, US)).containsExactly(new TimeRange(from, to));
    }

    @Test
    void onlyTheEndsAreFetchedAndTheLastBarAgain() {
        long first = ny(MON.plusDays(7), 9, 30);
        long last = ny(MON.plusDays(11), 9, 30);
        long from = ny(MON, 0, 0);
        long to = ny(MON.plusDays(14), 12, 0);
        assertThat(GapPlanner.missing(OptionalLong.of(first), OptionalLong.of(last), from, to, US))
                .containsExactly(new TimeRange(from, first), new TimeRange(last, to));
    }

    @Test
    void aRangeInsideTheCacheFetchesNothing() {
        long first = ny(MON, 9, 30);
        long last = ny(MON.plusDays(4), 9, 30);
        assertThat(GapPlanner.missing(OptionalLong.of(first), OptionalLong.of(last), ny(MON.plusDays(1), 0, 0), ny(MON.plusDays(3), 0, 0), US))
                .isEmpty();
    }

    @Test
    void aGapWithoutTradingIsSkipped() {
        // The cache starts Monday 09:30; asking from the Saturday before adds nothing to fetch at the head.
        long first = ny(MON, 9, 30);
        long last = ny(MON.plusDays(4), 9, 30);
        long saturday = ny(MON.minusDays(2), 0, 0);
        assertThat(GapPlanner.missing(OptionalLong.of(first), OptionalLong.of(last), saturday, last + 1, US))
                .containsExactly(new TimeRange(last, last + 1));
        // Friday after the close until Monday before the open: no session in between.
        assertThat(GapPlanner.trades(US, ny(MON.minusDays(3), 16, 0), ny(MON, 9, 30))).isFalse();
        assertThat(GapPlanner.trades(US, ny(MON.minusDays(3), 15, 59), ny(MON, 9, 30))).isTrue();
        assertThat(GapPlanner.trades(TradingSession.crypto(), ny(MON.minusDays(2), 0, 0), ny(MON.minusDays(2), 0, 1))).isTrue();
    }

    @Test
    void anEmptyRequestIsRejected() {
        assertThatThrownBy(() -> GapPlanner.missing(OptionalLong.empty(), OptionalLong.empty(), 10, 10, US))
                .hasMessageContaining("must end after it starts");
    }
}
