package dev.meridian.charts.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HeikinAshiTest {

    @Test
    void followsTheHeikinAshiFormula() {
        double[] o = {10, 12, 11}, h = {13, 14, 12}, l = {9, 11, 8}, c = {12, 13, 9};
        double[][] ha = {new double[3], new double[3], new double[3], new double[3]};
        HeikinAshi.compute(o, h, l, c, 3, ha);

        // bar 0: close (10+13+9+12)/4 = 11, open (10+12)/2 = 11, high max(13,11,11)=13, low min(9,11,11)=9
        // bar 1: close (12+14+11+13)/4 = 12.5, open (11+11)/2 = 11, high 14, low 11
        // bar 2: close (11+12+8+9)/4 = 10, open (11+12.5)/2 = 11.75, high max(12,11.75,10)=12, low min(8,..)=8
        assertThat(ha[0]).containsExactly(new double[]{11, 11, 11.75}, within(1e-12));
        assertThat(ha[1]).containsExactly(new double[]{13, 14, 12}, within(1e-12));
        assertThat(ha[2]).containsExactly(new double[]{9, 11, 8}, within(1e-12));
        assertThat(ha[3]).containsExactly(new double[]{11, 12.5, 10}, within(1e-12));
    }

    @Test
    void recomputingFromALaterBarMatchesAFullComputation() {
        double[] o = {10, 12, 11, 9}, h = {13, 14, 12, 10}, l = {9, 11, 8, 7}, c = {12, 13, 9, 8};
        double[][] full = {new double[4], new double[4], new double[4], new double[4]};
        HeikinAshi.compute(o, h, l, c, 4, full);
        double[][] partial = {new double[4], new double[4], new double[4], new double[4]};
        HeikinAshi.compute(o, h, l, c, 3, partial);
        HeikinAshi.computeFrom(o, h, l, c, 3, 4, partial);
        for (int k = 0; k < 4; k++) assertThat(partial[k]).containsExactly(full[k]);
    }
}
