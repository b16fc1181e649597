package dev.meridian.charts.axis;

import dev.meridian.core.market.Timeframe;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BarTimeLabelsTest {

    private static long t(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    // Thu, Fri, then Mon, Tue: the weekend is collapsed, bars sit side by side
    private final long[] daily = {t("2024-03-07T00:00:00Z"), t("2024-03-08T00:00:00Z"), t("2024-03-11T00:00:00Z"), t("2024-03-12T00:00:00Z")};

    @Test
    void barIndexMapsToTheBarTimeAcrossTheWeekendGap() {
        BarTimeScale scale = new BarTimeScale(daily, 4, Timeframe.D1);
        BarTimeLabels labels = new BarTimeLabels(scale, Timeframe.D1, ZoneOffset.UTC);
        labels.setVisibleRange(0, 3, 800);

        assertThat(labels.label(1)).isEqualTo("8");
        assertThat(labels.label(2)).isEqualTo("11");
        assertThat(labels.label(1.5)).as("no label between bars").isEmpty();
        assertThat(labels.fullLabel(2)).isEqualTo("Mon 11 Mar 2024");
    }

    @Test
    void indexOfIsExactAtBarsFractionalInGapsAndExtrapolatedOutside() {
        BarTimeScale scale = new BarTimeScale(daily, 4, Timeframe.D1);
        assertThat(scale.indexOf(daily[2])).isEqualTo(2.0);
        assertThat(scale.indexOf(t("2024-03-09T12:00:00Z"))).isCloseTo(1.5, within(1e-9));
        assertThat(scale.indexOf(t("2024-03-14T00:00:00Z"))).isCloseTo(5.0, within(1e-9));
        assertThat(scale.timeAt(5)).isEqualTo(t("2024-03-14T00:00:00Z"));
        assertThat(scale.timeAt(-1)).isEqualTo(t("2024-03-06T00:00:00Z"));
        assertThat(scale.timeAt(scale.indexOf(daily[3]))).isEqualTo(daily[3]);
    }

    @Test
    void ticksAreLabelledWithWhatTheyMark() {
        long[] hourly = new long[24 * 400];
        for (int i = 0; i < hourly.length; i++) hourly[i] = t("2024-01-01T00:00:00Z") + i * 3_600_000L;
        BarTimeScale scale = new BarTimeScale(hourly, hourly.length, Timeframe.H1);
        BarTimeLabels labels = new BarTimeLabels(scale, Timeframe.H1, ZoneOffset.UTC);

        labels.setVisibleRange(10, 48, 800);
        assertThat(labels.label(12)).isEqualTo("12:00");
        assertThat(labels.label(24)).as("a new day: its day of month").isEqualTo("2");
        assertThat(labels.label(13)).as("not a tick").isEmpty();
        labels.setVisibleRange(0, 24 * 400, 800);
        assertThat(labels.ticks()).isNotEmpty();
        assertThat(labels.label(24 * 31)).as("1 February: months do not fit, quarters do").isEmpty();
        assertThat(labels.label(24 * 91)).as("1 April").isEqualTo("Apr");
        assertThat(labels.label(24 * 366)).as("1 January 2025").isEqualTo("2025");
    }
}
