package dev.meridian.core.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.core.domain.Alert;
import dev.meridian.core.domain.AlertCondition;
import dev.meridian.core.domain.AlertFrequency;
import dev.meridian.core.indicators.Rsi;
import dev.meridian.core.indicators.Sma;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.TradingSession;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Alerts on crafted series: crypto session, so each daily bar opens at UTC midnight. */
class AlertEngineTest {

    static final long DAY = 86_400_000L;
    static final long T0 = 1_735_689_600_000L; // 2025-01-01T00:00Z

    final List<AlertFiring> fired = new ArrayList<>();
    final AlertEngine engine = new AlertEngine(fired::add);

    static Alert alert(long id, AlertCondition condition, String threshold, String parameters, AlertFrequency frequency) {
        return new Alert(id, 1, condition, threshold == null ? null : new BigDecimal(threshold), parameters, frequency, true, null, null);
    }

    static BarSeries closes(double... closes) {
        BarSeries s = new BarSeries(closes.length);
        for (int i = 0; i < closes.length; i++) s.append(T0 + i * DAY, closes[i], closes[i], closes[i], closes[i], 1);
        return s;
    }

    static BarSeries empty() {
        return new BarSeries(0);
    }

    @Test
    void priceAboveFiresOnTheCrossNotOnTheLevel() {
        engine.put(alert(1, AlertCondition.PRICE_ABOVE, "100", null, AlertFrequency.EVERY_TIME), TradingSession.crypto(), empty());
        engine.onTick(1, T0 + 1, 101);
        assertThat(fired).as("already above when first seen: no crossing yet").isEmpty();
        engine.onTick(1, T0 + 2, 99);
        engine.onTick(1, T0 + 3, 100);
        assertThat(fired).as("touching the level is not crossing it").isEmpty();
        engine.onTick(1, T0 + 4, 100.5);
        assertThat(fired).hasSize(1);
        assertThat(fired.getFirst().price()).isEqualTo(100.5);
        assertThat(fired.getFirst().description()).isEqualTo("price crossed above 100.00");
        engine.onTick(1, T0 + 5, 102);
        assertThat(fired).as("staying above does not fire again").hasSize(1);
        engine.onTick(1, T0 + 6, 98);
        engine.onTick(1, T0 + 7, 103);
        assertThat(fired).as("every time: re-armed by falling back below").hasSize(2);
        assertThat(engine.size()).isEqualTo(1);
    }

    @Test
    void priceBelowOnceFiresOnceAndLeavesTheEngine() {
        engine.put(alert(2, AlertCondition.PRICE_BELOW, "50", null, AlertFrequency.ONCE), TradingSession.crypto(), empty());
        engine.onTick(1, T0 + 1, 55);
        engine.onTick(1, T0 + 2, 49);
        engine.onTick(1, T0 + 3, 51);
        engine.onTick(1, T0 + 4, 48);
        assertThat(fired).hasSize(1);
        assertThat(fired.getFirst().alert().id()).isEqualTo(2);
        assertThat(engine.size()).isZero();
        assertThat(engine.watched(1)).isEmpty();
    }

    @Test
    void percentMoveComparesAgainstThePriceOneWindowAgo() {
        engine.put(alert(3, AlertCondition.PERCENT_MOVE, "5", "window=1h", AlertFrequency.EVERY_TIME), TradingSession.crypto(), empty());
        long hour = 3_600_000L;
        engine.onTick(1, T0, 100);
        engine.onTick(1, T0 + hour / 2, 104);
        assertThat(fired).isEmpty();
        engine.onTick(1, T0 + hour / 2 + 1000, 105.5);
        assertThat(fired).hasSize(1);
        assertThat(fired.getFirst().description()).isEqualTo("moved +5.50% within window=1h");
        // Two hours later the reference is ~105: a drop to 99.5 is -5.2%, after the move had calmed down.
        engine.onTick(1, T0 + 2 * hour, 105);
        engine.onTick(1, T0 + 3 * hour, 99.5);
        assertThat(fired).hasSize(2);
        assertThat(fired.get(1).description()).startsWith("moved -5.2");
    }

    @Test
    void rsiAboveFiresWhenItStartsToHoldAndAgainOnlyAfterFallingBack() {
        // 15 rising bars put RSI(14) at 100; warm-up does not fire.
        double[] up = new double[16];
        for (int i = 0; i < up.length; i++) up[i] = 100 + i;
        BarSeries history = closes(up);
        engine.put(alert(4, AlertCondition.INDICATOR, null, "rsi(14) > 70", AlertFrequency.EVERY_TIME), TradingSession.crypto(), history);
        assertThat(fired).as("history only warms up").isEmpty();
        long today = T0 + 16 * DAY;
        engine.onTick(1, today + 1, 116);
        assertThat(fired).as("it held during the warm-up already").isEmpty();
        // A crash on the next day drops RSI below 70, a recovery lifts it back above.
        engine.onTick(1, today + DAY + 1, 80);
        assertThat(fired).isEmpty();
        double[] closes = new double[30];
        System.arraycopy(up, 0, closes, 0, 16);
        closes[16] = 116;
        closes[17] = 80;
        double price = 80;
        int day = 18;
        while (true) {
            price += 6;
            closes[day] = price;
            double rsi = Rsi.compute(java.util.Arrays.copyOf(closes, day + 1), 14)[day];
            engine.onTick(1, T0 + day * DAY + 1, price);
            if (rsi > 70) break;
            assertThat(fired).isEmpty();
            day++;
        }
        assertThat(fired).hasSize(1);
        assertThat(fired.getFirst().description()).startsWith("rsi(14) > 70 (now ");
    }

    @Test
    void closeCrossesSmaOnSyncedBars() {
        double[] flat = new double[10];
        java.util.Arrays.fill(flat, 100);
        engine.put(alert(5, AlertCondition.INDICATOR, null, "close crosses sma(5)", AlertFrequency.ONCE), TradingSession.crypto(), closes(flat));
        BarSeries synced = new BarSeries(3);
        synced.append(T0 + 9 * DAY, 100, 100, 100, 100, 1); // the stored last bar, revised unchanged
        synced.append(T0 + 10 * DAY, 99, 99, 99, 99, 1);
        synced.append(T0 + 11 * DAY, 104, 104, 104, 104, 1);
        engine.onBars(1, synced);
        double[] all = {100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 99, 104};
        assertThat(Sma.compute(all, 5)[11]).isLessThan(104);
        assertThat(fired).hasSize(1);
        assertThat(fired.getFirst().epochMillis()).isEqualTo(T0 + 11 * DAY);
        assertThat(engine.size()).isZero();
    }

    @Test
    void macdCrossesSignalEitherWay() {
        double[] closes = new double[60];
        for (int i = 0; i < 40; i++) closes[i] = 100 + i * i / 10.0;
        engine.put(alert(6, AlertCondition.INDICATOR, null, "macd crosses signal", AlertFrequency.EVERY_TIME), TradingSession.crypto(),
                closes(java.util.Arrays.copyOf(closes, 40)));
        // An accelerating rise keeps MACD above its signal; a sharp fall takes it below: one crossing.
        BarSeries fall = new BarSeries(10);
        for (int i = 40; i < 50; i++) fall.append(T0 + i * DAY, 0, 0, 0, 252 - (i - 39) * 8, 1);
        engine.onBars(1, fall);
        assertThat(fired).hasSize(1);
        BarSeries rise = new BarSeries(10);
        for (int i = 50; i < 60; i++) rise.append(T0 + i * DAY, 0, 0, 0, 172 + (i - 49) * 10, 1);
        engine.onBars(1, rise);
        assertThat(fired).as("rising again crosses back above").hasSize(2);
    }

    @Test
    void inactiveOrRemovedAlertsAreNotWatched() {
        Alert active = alert(7, AlertCondition.PRICE_ABOVE, "10", null, AlertFrequency.EVERY_TIME);
        engine.put(active, TradingSession.crypto(), empty());
        engine.put(new Alert(8, 1, AlertCondition.PRICE_ABOVE, BigDecimal.ONE, null, AlertFrequency.ONCE, false, null, null),
                TradingSession.crypto(), empty());
        assertThat(engine.watched(1)).extracting(Alert::id).containsExactly(7L);
        engine.remove(7);
        engine.onTick(1, T0, 5);
        engine.onTick(1, T0 + 1, 15);
        assertThat(fired).isEmpty();
    }
}
