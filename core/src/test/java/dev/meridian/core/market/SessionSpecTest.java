package dev.meridian.core.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.Instrument;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class SessionSpecTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static long at(ZoneId zone, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, zone).toInstant().toEpochMilli();
    }

    @Test
    void readsHoursAndADayRange() {
        TradingSession s = SessionSpec.parse("09:00-15:00 Mon-Fri", TOKYO);
        assertThat(s).isEqualTo(new TradingSession(TOKYO, LocalTime.of(9, 0), LocalTime.of(15, 0), false,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));
        assertThat(SessionSpec.format(s)).isEqualTo("09:00-15:00 Mon-Fri");
    }

    @Test
    void readsOvernightWrappingDaysListsAndPresets() {
        TradingSession futures = SessionSpec.parse("18:00-17:00 sun-thu", ZoneId.of("America/New_York"));
        assertThat(futures.weekdays()).containsExactlyInAnyOrder(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
        assertThat(SessionSpec.format(futures)).as("consecutive across the weekend: one range").isEqualTo("18:00-17:00 Sun-Thu");
        assertThat(SessionSpec.parse("24h Mon,Wed,Fri", TOKYO).weekdays())
                .containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        assertThat(SessionSpec.format(SessionSpec.parse("24h Mon,Wed,Fri", TOKYO))).isEqualTo("24h Mon,Wed,Fri");
        assertThat(SessionSpec.parse("24/7", TOKYO)).isEqualTo(TradingSession.allDay(TOKYO));
        assertThat(SessionSpec.format(TradingSession.allDay(TOKYO))).isEqualTo("24/7");
    }

    @Test
    void badSpecsSayWhatIsWrong() {
        assertThatThrownBy(() -> SessionSpec.parse("9-5", TOKYO)).hasMessageContaining("'9-5'").hasMessageContaining("expected");
        assertThatThrownBy(() -> SessionSpec.parse("09:00-25:00 Mon-Fri", TOKYO)).hasMessageContaining("'25:00' is not a time");
        assertThatThrownBy(() -> SessionSpec.parse("09:00-15:00 Mon-Fry", TOKYO)).hasMessageContaining("'Fry' is not a weekday");
        assertThatThrownBy(() -> SessionSpec.parse("09:00-09:00 Mon-Fri", TOKYO)).hasMessageContaining("use 24h");
        assertThatThrownBy(() -> SessionSpec.parse(" ", TOKYO)).hasMessageContaining("empty");
    }

    @Test
    void storedSessionWinsOverTheInferredOne() {
        Instrument tokyo = new Instrument(1, "7203", "Toyota", AssetClass.STOCK, "XTKS", "JPY", null, null, null, "Asia/Tokyo");
        assertThat(TradingSession.of(tokyo).open()).as("inferred: European hours").isEqualTo(LocalTime.of(9, 0));
        assertThat(TradingSession.of(tokyo).sessionOpen(at(TOKYO, 11, 24, 16, 0))).as("16:00 inside 09:00-17:30")
                .isEqualTo(at(TOKYO, 11, 24, 9, 0));

        TradingSession stored = TradingSession.of(tokyo.withSession("09:00-15:30 Mon-Fri"));
        assertThat(stored.close()).isEqualTo(LocalTime.of(15, 30));
        assertThat(stored.sessionOpen(at(TOKYO, 11, 24, 16, 0))).isEqualTo(TradingSession.OUTSIDE);
        assertThat(TradingSession.of(tokyo.withSession("  ")).close()).as("blank means inferred").isEqualTo(LocalTime.of(17, 30));
    }
}
