package dev.meridian.charts.bench;

import dev.meridian.charts.model.LineSeries;
import dev.meridian.charts.ui.CandleChart;
import dev.meridian.core.indicators.Sma;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.Timeframe;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * Chart frame time and memory per bar (not a test). A frame is the FX-thread work of one pulse after the
 * visible range moved by one bar: our reduction + data set update (animation phase), CSS, layout and
 * ChartFX's canvas rendering (post-layout). Measured from an animation timer started just before the
 * change to a post-layout listener that runs after ChartFX's. The software pipeline rasterises the canvases later on
 * the render thread, so each cell also gives "FX thread + a snapshot of the scene" (which waits for that
 * rasterisation; includes a constant ~1000x700 read-back).
 *
 * <p>Run: {@code ./mvnw -q -o -pl charts -am test-compile exec:java -Dexec.skip=true -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.meridian.charts.bench.ChartFrameBenchmark [-Dexec.args="10000 1000000"]}; memory alone, in a
 * fresh JVM: {@code -Dexec.args="memory 10000000"}.
 */
public final class ChartFrameBenchmark {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 700;
    private static final long FRAME_BUDGET_NANOS = TimeUnit.SECONDS.toNanos(4);

    private ChartFrameBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (Throwable t) {
            t.printStackTrace();
        } finally {
            Platform.exit();
        }
    }

    private static void run(String[] args) throws Exception {
        System.setProperty("glass.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);

        if (args.length == 2 && args[0].equals("memory")) {
            memoryPerBar(Integer.parseInt(args[1]));
            return;
        }
        System.out.printf(Locale.ROOT, "JDK %s, %d CPUs, scene %dx%d; each cell: FX-thread frame median (p90) / with rasterisation median (p90);"
                + " up to 60 frames after up to 20 warm-up frames (fewer when frames are slow)%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), WIDTH, HEIGHT);
        System.out.println("| Bars | CandleChart, last 150 bars | CandleChart, all bars | ChartFX ErrorDataSetRenderer (default reduction), close line of all bars | ChartFX CandleStickRenderer, all bars unreduced |");
        System.out.println("|---|---|---|---|---|");
        int[] sizes = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray() : new int[]{10_000, 1_000_000, 10_000_000};
        for (int n : sizes) {
            BarSeries bars = bars(n, 42);
            String recent = candleChart(bars, false);
            String all = candleChart(bars, true);
            String chartfxLine = chartFxLine(bars);
            String chartfxCandles = n <= 1_000_000 ? chartFxCandles(bars) : "not run";
            System.out.printf(Locale.ROOT, "| %,d | %s | %s | %s | %s |%n", n, recent, all, chartfxLine, chartfxCandles);
            bars = null;
            System.gc();
        }
        memoryPerBar(Arrays.stream(sizes).max().orElseThrow());
    }

    // ---- scenarios ---------------------------------------------------------------------------------

    private static String candleChart(BarSeries bars, boolean showAll) throws Exception {
        int n = bars.size();
        CandleChart chart = fx(() -> {
            CandleChart c = new CandleChart("BENCH", bars, Timeframe.M1, ZoneOffset.UTC);
            c.setOverlay(new LineSeries("SMA(20)", Sma.compute(bars.closes(), n, 20, null), "#ff9800"));
            return c;
        });
        double span = showAll ? n : 150;
        return measure(chart, i -> {
            double shift = i % 2;
            double last = n - 1 + 3 - shift;
            chart.viewport().set(last - span, last);
            chart.invalidateFrame();
        });
    }

    private static String chartFxLine(BarSeries bars) throws Exception {
        int n = bars.size();
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = i;
        DoubleDataSet ds = new DoubleDataSet("close", x, Arrays.copyOf(bars.closes(), n), n, false);
        DefaultNumericAxis xAxis = new DefaultNumericAxis();
        DefaultNumericAxis yAxis = new DefaultNumericAxis();
        XYChart chart = fx(() -> {
            xAxis.setAutoRanging(false);
            xAxis.setAnimated(false);
            yAxis.setAnimated(false);
            XYChart c = new XYChart(xAxis, yAxis);
            c.setAnimated(false);
            ErrorDataSetRenderer r = new ErrorDataSetRenderer();
            r.getDatasets().add(ds);
            c.getRenderers().setAll(r);
            return c;
        });
        return measure(chart, i -> {
            xAxis.setMin(-(i % 2));
            xAxis.setMax(n - (i % 2));
        });
    }

    private static String chartFxCandles(BarSeries bars) throws Exception {
        int n = bars.size();
        AllBarsDataSet ds = new AllBarsDataSet(bars);
        DefaultNumericAxis xAxis = new DefaultNumericAxis();
        DefaultNumericAxis yAxis = new DefaultNumericAxis();
        XYChart chart = fx(() -> {
            xAxis.setAutoRanging(false);
            xAxis.setAnimated(false);
            yAxis.setAnimated(false);
            XYChart c = new XYChart(xAxis, yAxis);
            c.setAnimated(false);
            var r = new io.fair_acc.chartfx.renderer.spi.financial.CandleStickRenderer(false);
            r.getDatasets().add(ds);
            c.getRenderers().setAll(r);
            return c;
        });
        return measure(chart, i -> {
            xAxis.setMin(-(i % 2));
            xAxis.setMax(n - (i % 2));
        });
    }

    // ---- measurement -------------------------------------------------------------------------------

    private static String measure(Parent root, IntConsumer change) throws Exception {
        Stage stage = fx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(root, WIDTH, HEIGHT));
            s.show();
            return s;
        });
        long[] samples = new long[60];
        long[] withRaster = new long[60];
        int count = 0;
        long warmSpent = 0, measureSpent = 0;
        for (int i = 0; count < samples.length; i++) {
            long t = frame(stage.getScene(), i, change);
            boolean warm = i >= 20 || warmSpent > FRAME_BUDGET_NANOS;
            if (!warm) {
                warmSpent += t;
                continue;
            }
            long raster = fx(() -> {
                long start = System.nanoTime();
                stage.getScene().snapshot(null);
                return System.nanoTime() - start;
            });
            withRaster[count] = t + raster;
            samples[count++] = t;
            measureSpent += t + raster;
            if (measureSpent > FRAME_BUDGET_NANOS && count >= 3) break;
        }
        fx(() -> {
            stage.close();
            return null;
        });
        long[] s = Arrays.copyOf(samples, count);
        long[] r = Arrays.copyOf(withRaster, count);
        Arrays.sort(s);
        Arrays.sort(r);
        return String.format(Locale.ROOT, "%.1f ms (%.1f) / %.1f ms (%.1f)", s[s.length / 2] / 1e6, s[(int) (s.length * 0.9)] / 1e6,
                r[r.length / 2] / 1e6, r[(int) (r.length * 0.9)] / 1e6);
    }

    /** Runs one change and returns the FX-thread time from the pulse's animation phase to its post-layout end. */
    private static long frame(Scene scene, int i, IntConsumer change) throws Exception {
        long[] t = new long[2];
        CountDownLatch done = new CountDownLatch(1);
        Runnable[] post = new Runnable[1];
        post[0] = () -> {
            if (t[0] == 0) return;
            t[1] = System.nanoTime();
            scene.removePostLayoutPulseListener(post[0]);
            done.countDown();
        };
        Platform.runLater(() -> {
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    t[0] = System.nanoTime();
                    stop();
                }
            }.start();
            change.accept(i);
            scene.addPostLayoutPulseListener(post[0]);
            scene.getRoot().requestLayout();
        });
        if (!done.await(10, TimeUnit.MINUTES)) throw new IllegalStateException("Frame did not complete");
        return t[1] - t[0];
    }

    private static void memoryPerBar(int n) throws Exception {
        var mem = ManagementFactory.getMemoryMXBean();
        gc();
        long before = mem.getHeapMemoryUsage().getUsed();
        BarSeries bars = bars(n, 7);
        gc();
        long afterSeries = mem.getHeapMemoryUsage().getUsed();
        CandleChart chart = fx(() -> new CandleChart("MEM", bars, Timeframe.M1, ZoneOffset.UTC));
        Stage stage = fx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(chart, WIDTH, HEIGHT));
            s.show();
            return s;
        });
        frame(stage.getScene(), 0, i -> {
            chart.viewport().set(0, n);
            chart.invalidateFrame();
        });
        frame(stage.getScene(), 1, i -> chart.invalidateFrame());
        gc();
        long afterChart = mem.getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "%nMemory, %,d bars: BarSeries %.2f B/bar; chart shown over all bars (block pyramids built) adds %.2f B/bar; total %.2f B/bar%n",
                n, (afterSeries - before) / (double) n, (afterChart - afterSeries) / (double) n, (afterChart - before) / (double) n);
        long columns = 8L * bars.times().length + 5L * 8 * bars.opens().length;
        System.out.printf(Locale.ROOT, "Counted, %,d bars: OHLCV columns %.3f B/bar + block pyramids %,d B = %.4f B/bar; total %.3f B/bar%n",
                n, columns / (double) n, chart.lodBytes(), chart.lodBytes() / (double) n, (columns + chart.lodBytes()) / (double) n);
        fx(() -> {
            stage.close();
            return null;
        });
        if (chart.bars().size() != n) throw new IllegalStateException("bars changed");
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private static void gc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
    }

    private static <T> T fx(java.util.concurrent.Callable<T> task) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(task.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(10, TimeUnit.MINUTES);
    }

    static BarSeries bars(int n, long seed) {
        BarSeries s = new BarSeries(n);
        SplittableRandom r = new SplittableRandom(seed);
        long t = 1_600_000_000_000L;
        double p = 100;
        for (int i = 0; i < n; i++) {
            double o = p, c = Math.max(1, p * (1 + r.nextGaussian() * 0.001));
            s.append(t, o, Math.max(o, c) * (1 + r.nextDouble() * 0.0005), Math.min(o, c) * (1 - r.nextDouble() * 0.0005), c, r.nextInt(1, 10_000));
            p = c;
            t += 60_000;
        }
        return s;
    }
}
