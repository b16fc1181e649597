package dev.meridian.app.watchlists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.domain.Alert;
import dev.meridian.core.domain.AlertCondition;
import dev.meridian.core.domain.AlertFrequency;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AlertFormTest {

    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void buildsEachKindOfAlert() {
        Alert price = AlertForm.toAlert(null, 3, AlertCondition.PRICE_BELOW, " 1,250.5 ", "ignored", AlertFrequency.ONCE, NOW);
        assertThat(price.threshold()).isEqualByComparingTo("1250.5");
        assertThat(price.parameters()).isNull();
        assertThat(price.createdAt()).isEqualTo(NOW);
        Alert move = AlertForm.toAlert(null, 3, AlertCondition.PERCENT_MOVE, "2", "1D", AlertFrequency.EVERY_TIME, NOW);
        assertThat(move.parameters()).isEqualTo("window=1D");
        Alert indicator = AlertForm.toAlert(null, 3, AlertCondition.INDICATOR, "", " rsi(14) > 70 ", AlertFrequency.ONCE, NOW);
        assertThat(indicator.threshold()).isNull();
        assertThat(indicator.parameters()).isEqualTo("rsi(14) > 70");
    }

    @Test
    void editingKeepsIdentityAndHistory() {
        Alert old = new Alert(9, 3, AlertCondition.PRICE_ABOVE, BigDecimal.TEN, null, AlertFrequency.ONCE, false, NOW.minusSeconds(60),
                NOW.minusSeconds(3600));
        Alert edited = AlertForm.toAlert(old, 3, AlertCondition.PRICE_ABOVE, "12", null, AlertFrequency.EVERY_TIME, NOW);
        assertThat(edited.id()).isEqualTo(9);
        assertThat(edited.createdAt()).isEqualTo(NOW.minusSeconds(3600));
        assertThat(edited.active()).as("saving re-arms it").isTrue();
    }

    @Test
    void badFieldsSayWhich() {
        assertThatThrownBy(() -> AlertForm.toAlert(null, 3, AlertCondition.PRICE_ABOVE, "abc", null, AlertFrequency.ONCE, NOW))
                .hasMessage("Price \"abc\" is not a number");
        assertThatThrownBy(() -> AlertForm.toAlert(null, 3, AlertCondition.INDICATOR, null, "rsi(14) >> 70", AlertFrequency.ONCE, NOW))
                .hasMessageContaining("column 10");
        assertThatThrownBy(() -> AlertForm.toAlert(null, 3, AlertCondition.PERCENT_MOVE, "2", "1M", AlertFrequency.ONCE, NOW))
                .hasMessageContaining("window=<number><m|h|D|W>");
    }

    @Test
    void quoteAgesAreShort() {
        long now = 10_000_000_000L;
        assertThat(QuoteAge.format(now, now - 12_000)).isEqualTo("12 s");
        assertThat(QuoteAge.format(now, now - 5 * 60_000)).isEqualTo("5 min");
        assertThat(QuoteAge.format(now, now - 3 * 3_600_000L)).isEqualTo("3 h");
        assertThat(QuoteAge.format(now, now - 3 * 86_400_000L)).isEqualTo("3 d");
        assertThat(QuoteAge.format(now, Long.MIN_VALUE)).isEqualTo("—");
    }
}
