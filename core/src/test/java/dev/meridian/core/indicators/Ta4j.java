package dev.meridian.core.indicators;

import dev.meridian.core.market.BarSeries;
import java.time.Duration;
import java.time.Instant;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.Indicator;
import org.ta4j.core.num.DoubleNumFactory;
import org.ta4j.core.num.Num;

/** Bridges our bars into ta4j (DoubleNum) and ta4j indicator values back into arrays. */
public final class Ta4j {

    private Ta4j() {
    }

    public static org.ta4j.core.BarSeries series(BarSeries bars) {
        org.ta4j.core.BarSeries s = new BaseBarSeriesBuilder().withNumFactory(DoubleNumFactory.getInstance()).build();
        for (int i = 0; i < bars.size(); i++) {
            Instant begin = Instant.ofEpochMilli(bars.time(i));
            s.barBuilder().timePeriod(Duration.ofMinutes(1)).endTime(begin.plusSeconds(60))
                    .openPrice(bars.open(i)).highPrice(bars.high(i)).lowPrice(bars.low(i)).closePrice(bars.close(i))
                    .volume(bars.volume(i)).add();
        }
        return s;
    }

    public static double[] values(Indicator<Num> indicator, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            Num v = indicator.getValue(i);
            out[i] = v == null || v.isNaN() ? Double.NaN : v.doubleValue();
        }
        return out;
    }
}
