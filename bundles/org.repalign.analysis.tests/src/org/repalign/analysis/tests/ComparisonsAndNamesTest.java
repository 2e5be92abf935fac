package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.repalign.analysis.modules.MetricDirections;
import org.repalign.analysis.modules.MetricDirections.Outcome;
import org.repalign.analysis.store.ResultStore;
import org.repalign.compute.metrics.Direction;

/** Round-off is a tie, and ids never share a file name. */
class ComparisonsAndNamesTest {

    @Test
    void differencesWithinOneBillionthOfTheLargerValueAreTies() {
        assertTrue(MetricDirections.tied(0.046, 0.046 + 1e-16));
        assertTrue(MetricDirections.tied(0.5, 0.5 + 0.9e-9));
        assertFalse(MetricDirections.tied(0.5, 0.5 + 1.1e-9));
        // relative above 1: 98.56 ± 5e-8 is within 1e-9 · 98.56 ≈ 9.9e-8
        assertTrue(MetricDirections.tied(98.56, 98.56 + 5e-8));
        assertFalse(MetricDirections.tied(98.56, 98.56 + 2e-7));
        assertFalse(MetricDirections.tied(Double.NaN, Double.NaN));
    }

    @Test
    void outcomesFollowTheMetricsDirection() {
        assertEquals(Outcome.BETTER, MetricDirections.compare(Direction.HIGHER_IS_BETTER, 0.40, 0.45));
        assertEquals(Outcome.WORSE, MetricDirections.compare(Direction.HIGHER_IS_BETTER, 0.45, 0.40));
        // knn_edit: dense 98.56 → sparse 96.58 is better (lower)
        assertEquals(Outcome.BETTER, MetricDirections.compare(Direction.LOWER_IS_BETTER, 98.56, 96.58));
        assertEquals(Outcome.WORSE, MetricDirections.compare(Direction.LOWER_IS_BETTER, 96.58, 98.56));
        assertEquals(Outcome.TIED, MetricDirections.compare(Direction.HIGHER_IS_BETTER, 0.046, 0.046 + 1e-16));
        assertEquals(Outcome.TIED, MetricDirections.compare(Direction.LOWER_IS_BETTER, 3.0, 3.0 - 1e-15));
        assertEquals(Outcome.UNDEFINED, MetricDirections.compare(Direction.HIGHER_IS_BETTER, Double.NaN, 1));
        assertEquals("tied", Outcome.TIED.label());
    }

    @Test
    void idsThatUsedToCollideGetDifferentFileNames() {
        assertEquals("x_y", ResultStore.fileName("x_y"));
        assertEquals("x%2Fy", ResultStore.fileName("x/y"));
        assertEquals("%2Ehidden", ResultStore.fileName(".hidden"));
        assertEquals("a.b-c_d", ResultStore.fileName("a.b-c_d"));
        assertEquals("caf%C3%A9", ResultStore.fileName("café"));
        assertEquals("x_y", ResultStore.legacyFileName("x/y"), "the earlier rule, kept for reading old runs");
        List<String> ids = List.of("x/y", "x_y", "x y", "x%2Fy", "x\\y", "x:y", "..", ".", "x/../y", "%");
        Set<String> names = new HashSet<>();
        for (String id : ids) {
            String name = ResultStore.fileName(id);
            assertTrue(name.matches("[A-Za-z0-9._%~-]+") && !name.startsWith("."), name);
            assertTrue(names.add(name), "two ids share " + name);
        }
    }

    @Test
    void veryLongIdsAreShortenedWithAHashThatKeepsThemApart() {
        String a = "m".repeat(200) + "a";
        String b = "m".repeat(200) + "b";
        assertTrue(ResultStore.fileName(a).length() <= 120);
        assertNotEquals(ResultStore.fileName(a), ResultStore.fileName(b));
    }

    /** x = f^(−1/2) in [0.1, 1]: a similarity rises with frequency when it is higher at x = 0.1. */
    @Test
    void trendsCountOnlyBeyondRoundOff() {
        double[] x = { 1.0, 0.5, 0.25, 0.1 };
        assertEquals("rising", MetricDirections.trend(Direction.HIGHER_IS_BETTER, 0.8, -0.2, x));
        assertEquals("falling", MetricDirections.trend(Direction.HIGHER_IS_BETTER, 0.8, 0.2, x));
        assertEquals("rising", MetricDirections.trend(Direction.LOWER_IS_BETTER, 50, 10, x), "a distance that falls");
        // a slope of 1e-16 moves the fitted value by 9e-17 over the range: flat, not rising
        assertEquals("flat", MetricDirections.trend(Direction.HIGHER_IS_BETTER, 0.046, -1e-16, x));
        assertEquals("flat", MetricDirections.trend(Direction.LOWER_IS_BETTER, 98.56, 1e-9, x));
        assertEquals("undefined", MetricDirections.trend(Direction.HIGHER_IS_BETTER, Double.NaN, 1, x));
    }
}
