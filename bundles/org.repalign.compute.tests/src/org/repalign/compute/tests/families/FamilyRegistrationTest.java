package org.repalign.compute.tests.families;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.repalign.compute.extension.Contribution;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricFactory;
import org.repalign.compute.metrics.MetricParameter;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.metrics.MetricSpec;

/** The metric families are registered through the service declaration, with their parameters. */
class FamilyRegistrationTest {

    @Test
    void everyFamilyIsRegisteredAfterThePaperMetrics() {
        List<String> ids = MetricRegistry.installed().factories().stream().map(MetricFactory::id).toList();
        List<String> families = List.of("procrustes", "procrustes_angular", "pwcca", "rsa", "linear_r2", "linear_r2_sym");
        for (String id : families) {
            assertTrue(ids.indexOf(id) > ids.indexOf("rbf_cka"), id + " in " + ids);
            assertTrue(MetricRegistry.installed().contributorOf(id).isEmpty(), id + " is built in");
        }
        assertEquals(families, ids.subList(ids.indexOf("procrustes"), ids.indexOf("procrustes") + families.size()));
    }

    @Test
    void rsaDeclaresItsChoices() {
        MetricFactory rsa = MetricRegistry.installed().factory("rsa").orElseThrow();
        MetricParameter rdm = rsa.parameters().get(0);
        MetricParameter compare = rsa.parameters().get(1);
        assertEquals("rdm", rdm.name());
        assertTrue(rdm.isChoice());
        assertEquals("correlation", rdm.defaultValue());
        assertEquals(List.of("correlation", "euclidean"), rdm.choices());
        assertEquals("spearman", compare.defaultValue());
        assertEquals(List.of("spearman", "pearson", "kendall_tau_a", "cosine"), compare.choices());
        AlignmentMetric metric = MetricRegistry.installed().create("rsa:rdm=euclidean;compare=kendall_tau_a");
        assertEquals("rsa:rdm=euclidean;compare=kendall_tau_a", metric.spec().key());
        assertEquals(Direction.HIGHER_IS_BETTER, metric.direction());
        MetricParameter lambda = MetricRegistry.installed().factory("linear_r2").orElseThrow().parameters().get(0);
        assertFalse(lambda.isChoice());
        assertEquals(List.of(), lambda.choices());
    }

    @Test
    void aChoiceWhoseDefaultIsNotAChoiceIsRejected() {
        MetricFactory broken = new MetricFactory() {
            @Override
            public String id() {
                return "test_bad_choice";
            }

            @Override
            public String description() {
                return "a choice parameter whose default is not one of its choices";
            }

            @Override
            public Direction direction() {
                return Direction.HIGHER_IS_BETTER;
            }

            @Override
            public List<MetricParameter> parameters() {
                return List.of(MetricParameter.choice("mode", "c", "mode", "a", "b"));
            }

            @Override
            public AlignmentMetric create(MetricSpec spec) {
                throw new UnsupportedOperationException();
            }
        };
        MetricRegistry registry = new MetricRegistry(List.of());
        assertFalse(registry.contribute(new Contribution<>(broken, "a test")));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> registry.create("test_bad_choice"));
        assertTrue(error.getMessage().contains("default 'c' is not one of"), error.getMessage());
    }
}
