package dev.meridian.charts.bench;

import dev.meridian.core.market.BarSeries;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.AbstractDataSet;

/** Every bar of a series in ChartFX's OHLCV dimension layout, unreduced: the baseline for the benchmark. */
final class AllBarsDataSet extends AbstractDataSet<AllBarsDataSet> {

    private final BarSeries bars;

    AllBarsDataSet(BarSeries bars) {
        super("all-bars", 7);
        this.bars = bars;
    }

    @Override
    public double get(int dim, int i) {
        return switch (dim) {
            case 0 -> i;
            case 1 -> bars.open(i);
            case 2 -> bars.high(i);
            case 3 -> bars.low(i);
            case 4 -> bars.close(i);
            case 5 -> bars.volume(i);
            default -> 0;
        };
    }

    @Override
    public int getDataCount() {
        return bars.size();
    }

    @Override
    public DataSet set(DataSet other, boolean copy) {
        throw new IllegalStateException("Benchmark data set is read-only");
    }
}
