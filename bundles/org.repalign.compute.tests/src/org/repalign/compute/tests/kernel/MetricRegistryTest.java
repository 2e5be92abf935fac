package org.repalign.compute.tests.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.metrics.kernel.CkaFactory;
import org.repalign.compute.metrics.kernel.SvccaFactory;

class MetricRegistryTest {

    @Test
    void unknownIdListsKnownIds() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> MetricRegistry.installed().create("ckaa"));
        assertTrue(error.getMessage().contains("'ckaa'") && error.getMessage().contains("svcca_100")
                && error.getMessage().contains("unbiased_cka"), error.getMessage());
    }

    @Test
    void shorthandWithParametersIsRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> MetricRegistry.installed().create("svcca_10:q=5"));
        assertTrue(error.getMessage().contains("shorthand"), error.getMessage());
    }

    @Test
    void duplicateRegistrationIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new MetricRegistry(List.of(new CkaFactory(), new CkaFactory())));
        MetricRegistry registry = MetricRegistry.installed();
        assertThrows(IllegalArgumentException.class, () -> registry.add(new SvccaFactory()));
    }

    @Test
    void parameterRangeAndNamesAreChecked() {
        MetricRegistry registry = MetricRegistry.installed();
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class, () -> registry.create("svcca:q=0"));
        assertTrue(range.getMessage().contains("q=0") && range.getMessage().contains("outside"), range.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> registry.create("cka:k=3"));
        assertTrue(unknown.getMessage().contains("unknown parameter 'k'"), unknown.getMessage());
    }

    @Test
    void shorthandKeepsItsKeyAndExpandsParameters() {
        var metric = MetricRegistry.installed().create("svcca_100");
        assertEquals("svcca_100", metric.spec().key());
        assertEquals("svcca", metric.spec().id());
        assertEquals("100", metric.spec().parameters().get("q"));
    }
}
