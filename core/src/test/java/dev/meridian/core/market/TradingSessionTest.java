package dev.meridian.core.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.Instrument;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TradingSessionTest {

    private static Instrument instrument(AssetClass assetClass, String zone) {
        return new Instrument(1, "X", "X", assetClass, "EX", "USD", null, null, null, zone);
    }

    private static long at(String zone, int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ZoneId.of(zone)).toInstant().toEpochMilli();
    }

    @Test
    void usListedStockKeepsNewYorkRegularHours() {
        TradingSession s = TradingSession.of(instrument(AssetClass.STOCK, "America/New_York"));
        assertThat(s).isEqualTo(TradingSession.usEquities());
        assertThat(s.sessionOpen(at("America/New_York", 2026, 11, 24, 9, 0))).isEqualTo(TradingSession.OUTSIDE);
        assertThat(s.sessionOpen(at("America/New_York", 2026, 11, 24, 10, 0))).isEqualTo(at("America/New_York", 2026, 11, 24, 9, 30));
    }

    @Test
    void europeanStockTradesWeekdaysNineToHalfPastFiveLocally() {
        TradingSession s = TradingSession.of(instrument(AssetClass.ETF, "Europe/Berlin"));
        assertThat(s.open()).isEqualTo(LocalTime.of(9, 0));
        assertThat(s.close()).isEqualTo(LocalTime.of(17, 30));
        assertThat(s.weekdays()).doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(s.sessionOpen(at("Europe/Berlin", 2026, 11, 28, 12, 0))).as("a Saturday").isEqualTo(TradingSession.OUTSIDE);
    }

    @Test
    void cryptoTradesEveryDayAndFxOnlyOnWeekdays() {
        TradingSession crypto = TradingSession.of(instrument(AssetClass.CRYPTO, "UTC"));
        TradingSession fx = TradingSession.of(instrument(AssetClass.FX, "UTC"));
        long saturdayNoon = at("UTC", 2026, 11, 28, 12, 0);
        assertThat(crypto.sessionOpen(saturdayNoon)).isEqualTo(at("UTC", 2026, 11, 28, 0, 0));
        assertThat(fx.sessionOpen(saturdayNoon)).isEqualTo(TradingSession.OUTSIDE);
        assertThat(fx.sessionOpen(at("UTC", 2026, 11, 27, 23, 0))).isEqualTo(at("UTC", 2026, 11, 27, 0, 0));
    }
}
