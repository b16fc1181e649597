package dev.meridian.core.demo;

import dev.meridian.core.market.BarSeries;

/** Small statistics used by the market-model tests. */
final class SeriesStats {

    private SeriesStats() {
    }

    static double[] logReturns(BarSeries bars) {
        double[] r = new double[bars.size() - 1];
        for (int i = 1; i < bars.size(); i++) r[i - 1] = Math.log(bars.close(i) / bars.close(i - 1));
        return r;
    }

    static double[] squared(double[] x) {
        double[] s = new double[x.length];
        for (int i = 0; i < x.length; i++) s[i] = x[i] * x[i];
        return s;
    }

    static double autocorrelation(double[] x, int lag) {
        double mean = 0;
        for (double v : x) mean += v;
        mean /= x.length;
        double num = 0;
        double den = 0;
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - mean;
            den += d * d;
            if (i >= lag) num += d * (x[i - lag] - mean);
        }
        return num / den;
    }

    static double correlation(double[] a, double[] b) {
        int n = a.length;
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int i = 0; i < n; i++) {
            cov += (a[i] - ma) * (b[i] - mb);
            va += (a[i] - ma) * (a[i] - ma);
            vb += (b[i] - mb) * (b[i] - mb);
        }
        return cov / Math.sqrt(va * vb);
    }

    static double excessKurtosis(double[] x) {
        double mean = 0;
        for (double v : x) mean += v;
        mean /= x.length;
        double m2 = 0;
        double m4 = 0;
        for (double v : x) {
            double d = (v - mean) * (v - mean);
            m2 += d;
            m4 += d * d;
        }
        m2 /= x.length;
        m4 /= x.length;
        return m4 / (m2 * m2) - 3;
    }
}
