package dev.meridian.charts.ui;

import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;

/** ChartFX renderers configured for data that is already reduced to the pixel grid. */
final class LineRenderers {

    private LineRenderers() {
    }

    static ErrorDataSetRenderer lines(LineStyle style) {
        ErrorDataSetRenderer r = new ErrorDataSetRenderer();
        r.setPolyLineStyle(style);
        r.setErrorStyle(ErrorStyle.NONE);
        r.setDrawMarker(false);
        r.setPointReduction(false);
        r.setAllowNaNs(true);
        return r;
    }
}
