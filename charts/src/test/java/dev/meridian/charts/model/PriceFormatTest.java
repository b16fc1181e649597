package dev.meridian.charts.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PriceFormatTest {

    @Test
    void axisLabelsAreGroupedAboveAThousandAndNeverScientific() {
        assertThat(PriceFormat.axis(75_000)).isEqualTo("75,000");
        assertThat(PriceFormat.axis(1_250_000.4)).isEqualTo("1,250,000");
        assertThat(PriceFormat.axis(-4_000)).isEqualTo("-4,000");
    }

    @Test
    void axisLabelsBelowAThousandKeepThePriceDecimals() {
        assertThat(PriceFormat.axis(52.5)).isEqualTo("52.50");
        assertThat(PriceFormat.axis(1.0825)).isEqualTo("1.08");
        assertThat(PriceFormat.axis(0.00012345)).isEqualTo("0.000123");
        assertThat(PriceFormat.axis(Double.NaN)).isEmpty();
    }
}
