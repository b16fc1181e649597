package dev.meridian.core.barcache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.meridian.core.domain.CorporateAction;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.TradingSession;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceAdjustmentTest {

    static final LocalDate D0 = LocalDate.of(2025, 1, 1);

    static BarSeries daily(double... closes) {
        BarSeries s = new BarSeries(closes.length);
        for (int i = 0; i < closes.length; i++) {
            s.append(D0.plusDays(i).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(), closes[i], closes[i], closes[i], closes[i], 100);
        }
        return s;
    }

    @Test
    void aSplitScalesEarlierPricesAndVolumes() {
        BarSeries raw = daily(400, 404, 101, 102);
        CorporateAction split = CorporateAction.split(1, D0.plusDays(2), BigDecimal.ONE, new BigDecimal("4"));
        BarSeries adjusted = PriceAdjustment.adjust(raw, List.of(split), TradingSession.crypto(), Adjustment.SPLITS);
        assertThat(adjusted.closes()).startsWith(100, 101, 101, 102);
        assertThat(adjusted.volumes()).startsWith(400, 400, 100, 100);
        assertThat(raw.close(0)).as("the stored series is untouched").isEqualTo(400);
    }

    @Test
    void dividendsScaleByOneMinusDividendOverPreviousClose() {
        BarSeries raw = daily(50, 50, 49, 49);
        CorporateAction dividend = CorporateAction.dividend(1, D0.plusDays(2), Money.of("1", "USD"));
        BarSeries splitsOnly = PriceAdjustment.adjust(raw, List.of(dividend), TradingSession.crypto(), Adjustment.SPLITS);
        assertThat(splitsOnly.close(0)).isEqualTo(50);
        BarSeries total = PriceAdjustment.adjust(raw, List.of(dividend), TradingSession.crypto(), Adjustment.SPLITS_AND_DIVIDENDS);
        assertThat(total.close(0)).isCloseTo(49, offset(1e-12));
        assertThat(total.close(1)).isCloseTo(49, offset(1e-12));
        assertThat(total.close(2)).isEqualTo(49);
        assertThat(total.volume(0)).isEqualTo(100);
    }

    @Test
    void laterActionsMultiply() {
        BarSeries raw = daily(200, 100, 50);
        List<CorporateAction> actions = List.of(
                CorporateAction.split(1, D0.plusDays(1), BigDecimal.ONE, new BigDecimal("2")),
                CorporateAction.split(1, D0.plusDays(2), BigDecimal.ONE, new BigDecimal("2")));
        BarSeries adjusted = PriceAdjustment.adjust(raw, actions, TradingSession.crypto(), Adjustment.SPLITS);
        assertThat(adjusted.closes()).startsWith(50, 50, 50);
    }
}
