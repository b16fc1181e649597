package dev.meridian.core.portfolio.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final LocalDate LONG_AGO = LocalDate.of(2010, 1, 4);

    @Test
    void periodsEndTodayAndYearToDateStartsAtTheLastCloseOfLastYear() {
        assertThat(ReportPeriod.ONE_MONTH.start(TODAY, LONG_AGO)).isEqualTo(LocalDate.of(2026, 10, 25));
        assertThat(ReportPeriod.THREE_MONTHS.start(TODAY, LONG_AGO)).isEqualTo(LocalDate.of(2026, 8, 25));
        assertThat(ReportPeriod.YEAR_TO_DATE.start(TODAY, LONG_AGO)).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(ReportPeriod.ONE_YEAR.start(TODAY, LONG_AGO)).isEqualTo(LocalDate.of(2025, 11, 25));
        assertThat(ReportPeriod.FIVE_YEARS.start(TODAY, LONG_AGO)).isEqualTo(LocalDate.of(2021, 11, 25));
        assertThat(ReportPeriod.MAX.start(TODAY, LONG_AGO)).isEqualTo(LONG_AGO);
    }

    @Test
    void aYoungPortfolioStartsWhenItStarted() {
        LocalDate opened = LocalDate.of(2024, 6, 3);
        assertThat(ReportPeriod.FIVE_YEARS.start(TODAY, opened)).isEqualTo(opened);
        assertThat(ReportPeriod.ONE_YEAR.start(TODAY, opened)).isEqualTo(LocalDate.of(2025, 11, 25));
    }
}
