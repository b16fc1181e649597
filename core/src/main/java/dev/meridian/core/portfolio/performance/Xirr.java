package dev.meridian.core.portfolio.performance;

import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Money-weighted return (Excel's XIRR): the annual rate {@code r} with
 * {@code sum(cf_i / (1 + r)^(days_i / 365)) = 0}, days counted from the first flow.
 *
 * <p>Solver: Newton's method from 10 % (at most 50 steps, stop when a step is below 1e-12). If it
 * diverges, leaves {@code r > -1} or does not converge, the root is bracketed by scanning rates
 * from -99.9999 % up to 1,000,000 % for a sign change and then bisected to 1e-12. Flows that do not
 * change sign have no root; that and a bracket with no sign change give {@link XirrResult.NoSolution}.
 */
public final class Xirr {

    private static final double LOWEST = -0.999999;
    private static final double HIGHEST = 10_000;
    private static final double TOLERANCE = 1e-12;

    private Xirr() {}

    public static XirrResult solve(List<CashFlow> flows) {
        if (flows.size() < 2) return new XirrResult.NoSolution("needs at least two cash flows");
        boolean in = false;
        boolean out = false;
        for (CashFlow f : flows) {
            in |= f.amount() < 0;
            out |= f.amount() > 0;
        }
        if (!in || !out) return new XirrResult.NoSolution("cash flows do not change sign");
        double[] t = new double[flows.size()];
        double[] c = new double[flows.size()];
        var first = flows.stream().map(CashFlow::date).min(java.util.Comparator.naturalOrder()).orElseThrow();
        for (int i = 0; i < t.length; i++) {
            t[i] = ChronoUnit.DAYS.between(first, flows.get(i).date()) / 365.0;
            c[i] = flows.get(i).amount();
        }
        Double newton = newton(t, c);
        if (newton != null) return new XirrResult.Rate(newton, "newton");
        return bisect(t, c);
    }

    static double npv(double r, double[] t, double[] c) {
        double sum = 0;
        for (int i = 0; i < t.length; i++) sum += c[i] / Math.pow(1 + r, t[i]);
        return sum;
    }

    private static double derivative(double r, double[] t, double[] c) {
        double sum = 0;
        for (int i = 0; i < t.length; i++) sum -= t[i] * c[i] / Math.pow(1 + r, t[i] + 1);
        return sum;
    }

    private static Double newton(double[] t, double[] c) {
        double r = 0.1;
        for (int i = 0; i < 50; i++) {
            double d = derivative(r, t, c);
            if (d == 0 || !Double.isFinite(d)) return null;
            double step = npv(r, t, c) / d;
            r -= step;
            if (!Double.isFinite(r) || r <= -1) return null;
            if (Math.abs(step) < TOLERANCE) return r;
        }
        return null;
    }

    private static XirrResult bisect(double[] t, double[] c) {
        double lo = LOWEST;
        double fLo = npv(lo, t, c);
        double hi = Double.NaN;
        for (double probe = -0.99; probe <= HIGHEST; probe = probe < 1 ? probe + 0.01 : probe * 1.5) {
            double f = npv(probe, t, c);
            if (Double.isFinite(f) && Double.isFinite(fLo) && Math.signum(f) != Math.signum(fLo)) {
                hi = probe;
                break;
            }
            lo = probe;
            fLo = f;
        }
        if (Double.isNaN(hi)) return new XirrResult.NoSolution("no rate between -99.9999 % and 1,000,000 % makes the net present value zero");
        for (int i = 0; i < 200 && hi - lo > TOLERANCE; i++) {
            double mid = (lo + hi) / 2;
            double f = npv(mid, t, c);
            if (Math.signum(f) == Math.signum(fLo)) {
                lo = mid;
                fLo = f;
            } else {
                hi = mid;
            }
        }
        return new XirrResult.Rate((lo + hi) / 2, "bisection");
    }
}
