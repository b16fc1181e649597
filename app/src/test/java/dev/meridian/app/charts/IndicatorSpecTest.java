package dev.meridian.app.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorSpecTest {

    @Test
    void parsesParametersAndLabelsThem() {
        IndicatorSpec macd = IndicatorSpec.parse(IndicatorKind.MACD, " 8, 21 ,5");
        assertThat(macd.parameters()).containsExactly(8.0, 21.0, 5.0);
        assertThat(macd.label()).isEqualTo("MACD(8,21,5)");
        assertThat(IndicatorSpec.parse(IndicatorKind.BOLLINGER, "20,2.5").label()).isEqualTo("Bollinger(20,2.5)");
    }

    @Test
    void blankTextMeansDefaults() {
        assertThat(IndicatorSpec.parse(IndicatorKind.RSI, "  ")).isEqualTo(new IndicatorSpec(IndicatorKind.RSI, List.of(14.0)));
    }

    @Test
    void refusesBadParametersSayingWhich() {
        assertThatThrownBy(() -> IndicatorSpec.parse(IndicatorKind.SMA, "abc")).hasMessageContaining("'abc' is not a number");
        assertThatThrownBy(() -> IndicatorSpec.parse(IndicatorKind.SMA, "2.5")).hasMessageContaining("SMA period must be a whole number");
        assertThatThrownBy(() -> IndicatorSpec.parse(IndicatorKind.EMA, "0")).hasMessageContaining("EMA period must be a positive number");
        assertThatThrownBy(() -> IndicatorSpec.parse(IndicatorKind.SMA, "10,20")).hasMessageContaining("SMA takes 1 parameter");
        assertThatThrownBy(() -> IndicatorSpec.parse(IndicatorKind.MACD, "26,12,9")).hasMessageContaining("fast period must be shorter");
    }
}
