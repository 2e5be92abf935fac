package org.repalign.compute.tests.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.repalign.compute.stats.internal.Log1p;

/** log(1 + a) on [0, 1] against a 50-digit series, independent of any library logarithm. */
class Log1pTest {

    private static final MathContext DIGITS = new MathContext(50);

    /** ln(1 + a) = 2·atanh(t) = 2·Σ t^(2k+1)/(2k+1) with t = a/(2 + a) ≤ 1/3. */
    private static double reference(double a) {
        BigDecimal x = new BigDecimal(a);
        BigDecimal t = x.divide(x.add(BigDecimal.valueOf(2)), DIGITS);
        BigDecimal t2 = t.multiply(t, DIGITS);
        BigDecimal power = t;
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < 60; k++) { // t^(2k) < 10⁻⁵⁰ by then
            sum = sum.add(power.divide(BigDecimal.valueOf(2L * k + 1), DIGITS), DIGITS);
            power = power.multiply(t2, DIGITS);
        }
        return sum.multiply(BigDecimal.valueOf(2), DIGITS).doubleValue();
    }

    @Test
    void withinTwoUnitsInTheLastPlaceAcrossTheUnitInterval() {
        Random random = new Random(4);
        double worst = 0;
        for (int i = 0; i < 2000; i++) {
            // uniform values and values spread over many orders of magnitude
            double a = i % 2 == 0 ? random.nextDouble() : Math.pow(10, -random.nextDouble() * 300);
            double expected = reference(a);
            double ulps = Math.abs(Log1p.ofUnitInterval(a) - expected) / Math.ulp(expected);
            worst = Math.max(worst, ulps);
        }
        assertTrue(worst <= 2, "worst error " + worst + " ulp");
    }

    @Test
    void endpointsAndValuesBelowRounding() {
        assertEquals(0.0, Log1p.ofUnitInterval(0.0), 0.0);
        assertEquals(Math.log(2), Log1p.ofUnitInterval(1.0), Math.ulp(Math.log(2)));
        // 1 + a rounds to 1: log(1 + a) = a − a²/2 + … is a to double precision
        assertEquals(1e-17, Log1p.ofUnitInterval(1e-17), 0.0);
        assertEquals(Double.MIN_VALUE, Log1p.ofUnitInterval(Double.MIN_VALUE), 0.0);
    }
}
