package dev.meridian.charts.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ViewportTest {

    @Test
    void resetShowsTheNewestBarsAndZoomKeepsTheAnchorBarInPlace() {
        Viewport v = new Viewport(100);
        v.setBarCount(1000);
        v.reset();
        assertThat(v.last()).isGreaterThan(999);
        assertThat(v.endBar()).isEqualTo(1000);
        assertThat(v.span()).isGreaterThanOrEqualTo(100);

        double anchor = 950;
        double ratio = (anchor - v.first()) / v.span();
        v.zoom(0.5, anchor);
        assertThat((anchor - v.first()) / v.span()).isCloseTo(ratio, within(1e-9));
    }

    @Test
    void panningCannotLeaveTheData() {
        Viewport v = new Viewport(100);
        v.setBarCount(1000);
        v.reset();
        v.pan(-1_000_000);
        assertThat(v.last()).isGreaterThanOrEqualTo(Viewport.MIN_BARS);
        v.pan(2_000_000);
        assertThat(v.first()).isLessThanOrEqualTo(1000 - Viewport.MIN_BARS);
    }
}
