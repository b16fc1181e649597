package dev.meridian.charts.ui;

import dev.meridian.charts.lod.ReducedBars;
import io.fair_acc.dataset.AxisDescription;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.events.ChartBits;
import io.fair_acc.dataset.spi.AbstractDataSet;
import io.fair_acc.dataset.spi.financial.OhlcvDataSet;

import java.util.Arrays;

/**
 * A ChartFX data set holding the reduced OHLCV entries of the visible range, in the dimension layout the
 * financial renderers read ({@link OhlcvDataSet#DIM_Y_OPEN} ...). Written under the write lock, then one event.
 */
public final class ReducedOhlcvDataSet extends AbstractDataSet<ReducedOhlcvDataSet> {

    private static final int DIMENSIONS = 7;
    private double[][] values = new double[DIMENSIONS][0];
    private int count;
    private long updates;

    public ReducedOhlcvDataSet(String name) {
        super(name, DIMENSIONS);
    }

    /** Replaces the content with {@code bars}; fires exactly one data event. */
    public void update(ReducedBars bars) {
        lock().writeLockGuard(() -> {
            int n = bars.size();
            if (values[0].length < n) {
                for (int d = 0; d < DIMENSIONS; d++) values[d] = Arrays.copyOf(values[d], Math.max(n, values[d].length * 2));
            }
            for (int i = 0; i < n; i++) {
                values[DIM_X][i] = bars.x(i);
                values[OhlcvDataSet.DIM_Y_OPEN][i] = bars.open(i);
                values[OhlcvDataSet.DIM_Y_HIGH][i] = bars.high(i);
                values[OhlcvDataSet.DIM_Y_LOW][i] = bars.low(i);
                values[OhlcvDataSet.DIM_Y_CLOSE][i] = bars.close(i);
                values[OhlcvDataSet.DIM_Y_VOLUME][i] = bars.volume(i);
            }
            count = n;
            updates++;
            getAxisDescriptions().forEach(AxisDescription::clear);
        });
        fireInvalidated(ChartBits.DataSetData);
    }

    /** How many times {@link #update} replaced the content (one per repaint). */
    public long updates() {
        return updates;
    }

    @Override
    public double get(int dimIndex, int index) {
        return values[dimIndex][index];
    }

    @Override
    public int getDataCount() {
        return count;
    }

    @Override
    public DataSet set(DataSet other, boolean copy) {
        lock().writeLockGuard(() -> other.lock().readLockGuard(() -> {
            int n = other.getDataCount();
            int dims = Math.min(DIMENSIONS, other.getDimension());
            values = new double[DIMENSIONS][n];
            for (int d = 0; d < dims; d++) {
                for (int i = 0; i < n; i++) values[d][i] = other.get(d, i);
            }
            count = n;
            getAxisDescriptions().forEach(AxisDescription::clear);
        }));
        fireInvalidated(ChartBits.DataSetData);
        return getThis();
    }
}
