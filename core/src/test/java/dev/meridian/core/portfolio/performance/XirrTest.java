package dev.meridian.core.portfolio.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class XirrTest {

    private static CashFlow cf(String date, double amount) {
        return new CashFlow(LocalDate.parse(date), amount);
    }

    /** The example from Microsoft's XIRR documentation: 0.373362535, i.e. 37.34 %. */
    @Test
    void matchesExcelsPublishedExample() {
        XirrResult r = Xirr.solve(List.of(cf("2008-01-01", -10000), cf("2008-03-01", 2750), cf("2008-10-30", 4250),
                cf("2009-02-15", 3250), cf("2009-04-01", 2750)));
        assertThat(r).isInstanceOf(XirrResult.Rate.class);
        // Excel stops at a 0.000001 % tolerance, so its printed digits agree to 8 decimals
        assertThat(((XirrResult.Rate) r).rate()).isCloseTo(0.373362535, within(1e-8));
        assertThat(Math.round(((XirrResult.Rate) r).rate() * 10000) / 100.0).isEqualTo(37.34);
    }

    @Test
    void flowsThatNeverChangeSignHaveNoSolution() {
        XirrResult r = Xirr.solve(List.of(cf("2020-01-01", -100), cf("2021-01-01", -50)));
        assertThat(r).isEqualTo(new XirrResult.NoSolution("cash flows do not change sign"));
    }

    @Test
    void flowsWithoutARootInRangeHaveNoSolution() {
        // -100, +300, -250 within a year: NPV is negative at every rate above -100 %
        XirrResult r = Xirr.solve(List.of(cf("2020-01-01", -100), cf("2020-02-01", 300), cf("2020-03-01", -250)));
        assertThat(r).isInstanceOf(XirrResult.NoSolution.class);
    }

    @Test
    void extremeReturnIsStillFoundAndZeroesTheNpv() {
        List<CashFlow> flows = List.of(cf("2020-01-01", -100), cf("2020-01-31", 5000));
        XirrResult r = Xirr.solve(flows);
        assertThat(r).isInstanceOf(XirrResult.Rate.class);
        double rate = ((XirrResult.Rate) r).rate();
        // (1 + r)^(30/365) = 50
        assertThat(rate).isCloseTo(Math.pow(50, 365.0 / 30) - 1, within(Math.pow(50, 365.0 / 30) * 1e-9));
    }

    @Test
    void oneYearAtTenPercent() {
        XirrResult r = Xirr.solve(List.of(cf("2021-01-01", -1000), cf("2022-01-01", 1100)));
        assertThat(((XirrResult.Rate) r).rate()).isCloseTo(0.10, within(1e-12));
    }
}
