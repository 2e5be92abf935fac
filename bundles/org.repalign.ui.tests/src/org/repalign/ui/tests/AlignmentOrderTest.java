package org.repalign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.repalign.compute.metrics.Direction;
import org.repalign.ui.internal.AlignmentMatrices;

/** The clustered order of the alignment matrix groups sources aligned alike, for either direction. */
class AlignmentOrderTest {

    private static final double N = Double.NaN;

    /** Sources 0 and 2 align well (0.9), 1 and 3 align well (0.8), across 0.1–0.2. */
    private static final double[][] SIMILARITY = {
            { N, 0.1, 0.9, 0.2 },
            { 0.1, N, 0.15, 0.8 },
            { 0.9, 0.15, N, 0.1 },
            { 0.2, 0.8, 0.1, N } };

    @Test
    void similaritiesPutTheBestAlignedPairsSideBySide() {
        assertArrayEquals(new int[] { 0, 2, 1, 3 },
                AlignmentMatrices.orderByClustering(SIMILARITY, Direction.HIGHER_IS_BETTER));
    }

    @Test
    void distancesAreReadTheOtherWayRound() {
        double[][] distance = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                distance[i][j] = 1 - SIMILARITY[i][j];
            }
        }
        assertArrayEquals(new int[] { 0, 2, 1, 3 },
                AlignmentMatrices.orderByClustering(distance, Direction.LOWER_IS_BETTER));
        // read as similarities, the same numbers pair the worst aligned sources instead
        // (0.9 − d: pairs 0–1 and 2–3 at distance 0), so the direction matters
        assertArrayEquals(new int[] { 0, 1, 2, 3 },
                AlignmentMatrices.orderByClustering(distance, Direction.HIGHER_IS_BETTER));
    }
}
