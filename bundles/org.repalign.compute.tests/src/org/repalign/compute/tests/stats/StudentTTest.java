package org.repalign.compute.tests.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.repalign.compute.stats.StudentT;

/** Student's t against closed forms (ν = 1, 2, 3) and published table quantiles. */
class StudentTTest {

    @Test
    void distributionFunctionEqualsTheClosedFormsOfOneTwoAndThreeDegrees() {
        for (double t : new double[] { -30, -4.5, -1, -0.2, 0, 0.3, 1, 2.5, 12, 200 }) {
            // ν = 1 is the Cauchy distribution
            assertEquals(0.5 + Math.atan(t) / Math.PI, StudentT.cdf(t, 1), 1e-14, "ν = 1, t = " + t);
            assertEquals(0.5 + t / (2 * Math.sqrt(2 + t * t)), StudentT.cdf(t, 2), 1e-14, "ν = 2, t = " + t);
            double u = t / Math.sqrt(3);
            double three = 0.5 + (u / (1 + u * u) + Math.atan(u)) / Math.PI;
            assertEquals(three, StudentT.cdf(t, 3), 1e-14, "ν = 3, t = " + t);
        }
    }

    @Test
    void quantilesEqualTheTables() {
        // 0.975 quantiles (two-sided 5%), e.g. Abramowitz and Stegun table 26.10
        double[][] table = { { 1, 12.706204736174694 }, { 2, 4.302652729749462 }, { 3, 3.1824463052837078 },
                { 5, 2.5705818356363146 }, { 9, 2.262157162798205 }, { 30, 2.0422724563012378 },
                { 1000, 1.9623390808264083 } };
        for (double[] row : table) {
            assertEquals(row[1], StudentT.quantile(0.975, row[0]), 1e-12 * row[1], "ν = " + row[0]);
            assertEquals(-row[1], StudentT.quantile(0.025, row[0]), 1e-12 * row[1], "ν = " + row[0]);
            assertEquals(0.975, StudentT.cdf(StudentT.quantile(0.975, row[0]), row[0]), 1e-14);
        }
        assertEquals(0, StudentT.quantile(0.5, 4));
    }

    @Test
    void twoSidedPKeepsItsPrecisionInTheTail() {
        assertEquals(0.024896163460222748, StudentT.twoSidedP(3.5, 4), 1e-14);
        assertEquals(0.024896163460222748, StudentT.twoSidedP(-3.5, 4), 1e-14);
        assertEquals(0.042809664281488025, StudentT.cdf(-2.0, 7), 1e-15);
        assertEquals(1.8982998449339822e-11, StudentT.twoSidedP(40, 9), 1e-11 * 1.8982998449339822e-11 * 1e3);
        assertEquals(1, StudentT.twoSidedP(0, 5));
        assertEquals(0, StudentT.twoSidedP(Double.POSITIVE_INFINITY, 5));
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> StudentT.cdf(1, 0));
        assertThrows(IllegalArgumentException.class, () -> StudentT.cdf(Double.NaN, 3));
        assertThrows(IllegalArgumentException.class, () -> StudentT.quantile(1, 3));
        assertThrows(IllegalArgumentException.class, () -> StudentT.quantile(0.5, Double.POSITIVE_INFINITY));
    }
}
