package org.repalign.compute.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.repalign.compute.synth.RotationNoiseSweep;

class RotationNoiseSweepTest {

    @Test
    void startsAtOneAndFallsWithNoise() {
        double[] sigmas = { 0, 0.25, 1, 4 };
        double[] curve = RotationNoiseSweep.linearCka(300, 8, sigmas, 42);
        assertEquals(1.0, curve[0], 1e-10, "a rotation alone must not change CKA");
        for (int i = 1; i < curve.length; i++) {
            assertTrue(curve[i] < curve[i - 1], "CKA must fall as noise grows: " + java.util.Arrays.toString(curve));
            assertTrue(curve[i] > 0 && curve[i] < 1);
        }
    }

    @Test
    void sameSeedSameCurve() {
        double[] sigmas = { 0.5, 1.5 };
        assertArrayEquals(RotationNoiseSweep.linearCka(50, 4, sigmas, 3), RotationNoiseSweep.linearCka(50, 4, sigmas, 3));
    }
}
