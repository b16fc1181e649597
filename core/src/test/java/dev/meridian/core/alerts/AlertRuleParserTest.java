package dev.meridian.core.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.alerts.AlertRule.Comparator;
import dev.meridian.core.alerts.AlertRule.Direction;
import dev.meridian.core.domain.AlertCondition;
import dev.meridian.core.indicators.PriceSource;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertRuleParserTest {

    @Test
    void readsTheDocumentedIndicatorConditions() {
        assertThat(AlertRuleParser.indicator("rsi(14) > 70")).isEqualTo(new AlertRule.Comparison(
                new Operand.Indicator("rsi", List.of(14)), Comparator.ABOVE, new Operand.Constant(70)));
        assertThat(AlertRuleParser.indicator("MACD crosses signal")).isEqualTo(new AlertRule.Cross(
                new Operand.Indicator("macd", List.of(12, 26, 9)), Direction.EITHER, new Operand.Indicator("signal", List.of(12, 26, 9))));
        assertThat(AlertRuleParser.indicator("macd(5,10,3) crosses above signal")).isEqualTo(new AlertRule.Cross(
                new Operand.Indicator("macd", List.of(5, 10, 3)), Direction.ABOVE, new Operand.Indicator("signal", List.of(5, 10, 3))));
        assertThat(AlertRuleParser.indicator("close crosses below sma(200)")).isEqualTo(new AlertRule.Cross(
                new Operand.Price(PriceSource.CLOSE), Direction.BELOW, new Operand.Indicator("sma", List.of(200))));
        assertThat(AlertRuleParser.indicator("ema(20)<=close")).isEqualTo(new AlertRule.Comparison(
                new Operand.Indicator("ema", List.of(20)), Comparator.AT_OR_BELOW, new Operand.Price(PriceSource.CLOSE)));
    }

    @Test
    void readsPriceAndPercentMoveAlerts() {
        assertThat(AlertRuleParser.parse(AlertCondition.PRICE_ABOVE, new BigDecimal("105.5"), null))
                .isEqualTo(new AlertRule.PriceCross(105.5, true));
        assertThat(AlertRuleParser.parse(AlertCondition.PERCENT_MOVE, new BigDecimal("2"), "window=1D"))
                .isEqualTo(new AlertRule.PercentMove(86_400_000L, 2));
        assertThat(AlertRuleParser.window("window = 30m")).isEqualTo(30 * 60_000L);
        assertThat(AlertRuleParser.window("window=2W")).isEqualTo(14 * 86_400_000L);
    }

    @Test
    void badConditionsSayWhatAndWhere() {
        assertThatThrownBy(() -> AlertRuleParser.indicator("rsi(14) >> 70"))
                .isInstanceOf(AlertConditionException.class).hasMessageContaining("unexpected \">\" at column 10");
        assertThatThrownBy(() -> AlertRuleParser.indicator("rsi > 70"))
                .hasMessageContaining("\"(\" and a period after rsi");
        assertThatThrownBy(() -> AlertRuleParser.indicator("foo(3) > 1"))
                .hasMessageContaining("unexpected \"foo\" at column 1");
        assertThatThrownBy(() -> AlertRuleParser.indicator("rsi(14) >"))
                .hasMessageContaining("ends too early");
        assertThatThrownBy(() -> AlertRuleParser.indicator("macd(26,12,9) crosses signal"))
                .hasMessageContaining("slow period (12) must exceed its fast period (26)");
        assertThatThrownBy(() -> AlertRuleParser.indicator("sma(1,2) > close"))
                .hasMessageContaining("sma takes 1 period, got 2");
        assertThatThrownBy(() -> AlertRuleParser.indicator("3 > 2"))
                .hasMessageContaining("compares two numbers");
        assertThatThrownBy(() -> AlertRuleParser.indicator("rsi(14) > 70 extra"))
                .hasMessageContaining("expected the end of the condition");
        assertThatThrownBy(() -> AlertRuleParser.parse(AlertCondition.PRICE_BELOW, BigDecimal.ZERO, null))
                .hasMessageContaining("must be above zero");
        assertThatThrownBy(() -> AlertRuleParser.window("window=1M"))
                .hasMessageContaining("window=<number><m|h|D|W>");
        assertThatThrownBy(() -> AlertRuleParser.indicator(" "))
                .hasMessageContaining("needs a condition");
    }
}
