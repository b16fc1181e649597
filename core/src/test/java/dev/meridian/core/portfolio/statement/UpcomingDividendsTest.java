package dev.meridian.core.portfolio.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.CorporateAction;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpcomingDividendsTest {

    private static final Instrument ACME = new Instrument(5, "ACME", "Acme", AssetClass.STOCK, "NYSE", "USD", null, null, null, "America/New_York");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void aStoredFutureExDateIsAnnouncedAndTimesTheQuantity() {
        List<ExpectedDividend> out = UpcomingDividends.of(ACME, new BigDecimal("12.5"), List.of(
                CorporateAction.dividend(5, LocalDate.of(2026, 12, 10), Money.of("0.40", "USD")),
                CorporateAction.dividend(5, LocalDate.of(2025, 12, 1), Money.of("0.35", "USD"))), TODAY, 90);
        assertThat(out).singleElement().satisfies(d -> {
            assertThat(d.announced()).isTrue();
            assertThat(d.exDate()).isEqualTo(LocalDate.of(2026, 12, 10));
            assertThat(d.amount().amount()).isEqualByComparingTo("5.000");
        });
    }

    @Test
    void withoutAnAnnouncementLastYearsDividendIsRepeatedAsAnEstimate() {
        List<ExpectedDividend> out = UpcomingDividends.of(ACME, BigDecimal.TEN, List.of(
                CorporateAction.dividend(5, LocalDate.of(2025, 12, 1), Money.of("0.35", "USD")),
                CorporateAction.dividend(5, LocalDate.of(2025, 6, 1), Money.of("0.30", "USD")),
                CorporateAction.split(5, LocalDate.of(2025, 12, 20), BigDecimal.ONE, new BigDecimal("2"))), TODAY, 90);
        assertThat(out).singleElement().satisfies(d -> {
            assertThat(d.announced()).isFalse();
            assertThat(d.exDate()).isEqualTo(LocalDate.of(2026, 12, 1));
            assertThat(d.amount().amount()).isEqualByComparingTo("3.50");
        });
    }
}
