package dev.meridian.app.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.charts.model.ChartType;
import dev.meridian.core.market.Timeframe;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartLayoutDefinitionTest {

    @Test
    void roundTripsEverySetting() {
        ChartLayoutDefinition layout = new ChartLayoutDefinition(ChartType.HEIKIN_ASHI, Timeframe.H4, true, List.of(
                IndicatorSpec.parse(IndicatorKind.SMA, "50"), IndicatorSpec.parse(IndicatorKind.BOLLINGER, "20,2.5"),
                IndicatorSpec.withDefaults(IndicatorKind.MACD)));
        String text = layout.format();
        assertThat(text).startsWith("meridian-chart-layout 1\n").contains("timeframe=4h", "indicator=Bollinger 20,2.5");
        assertThat(ChartLayoutDefinition.parse(text)).isEqualTo(layout);
    }

    @Test
    void missingKeysKeepDefaultsAndUnknownKeysAreIgnored() {
        ChartLayoutDefinition layout = ChartLayoutDefinition.parse("meridian-chart-layout 1\ntimeframe=1W\ncolour=blue\n");
        assertThat(layout).isEqualTo(ChartLayoutDefinition.DEFAULT.withTimeframe(Timeframe.W1));
    }

    @Test
    void refusesBadTextSayingWhere() {
        assertThatThrownBy(() -> ChartLayoutDefinition.parse("chart 1")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> ChartLayoutDefinition.parse("meridian-chart-layout 2\n")).hasMessageContaining("version 2 is not supported");
        assertThatThrownBy(() -> ChartLayoutDefinition.parse("meridian-chart-layout 1\ntimeframe=7m"))
                .hasMessageContaining("line 2").hasMessageContaining("Unknown timeframe '7m'");
        assertThatThrownBy(() -> ChartLayoutDefinition.parse("meridian-chart-layout 1\ntype=CANDLES\nindicator=SMA x"))
                .hasMessageContaining("line 3").hasMessageContaining("'x' is not a number");
        assertThatThrownBy(() -> ChartLayoutDefinition.parse("meridian-chart-layout 1\nlog=maybe")).hasMessageContaining("true or false");
    }
}
