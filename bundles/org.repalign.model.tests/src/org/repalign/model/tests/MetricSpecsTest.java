package org.repalign.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.repalign.model.MetricSpecs;

class MetricSpecsTest {

    @Test
    void anIdAloneIsTheText() {
        assertEquals("mutual_knn_10", MetricSpecs.toSpecText(Experiments.metric("mutual_knn_10")));
    }

    @Test
    void parametersFollowAColonInTheirOrder() {
        assertEquals("mutual_knn:k=25,ties=index",
                MetricSpecs.toSpecText(Experiments.metric("mutual_knn", "k", "25", "ties", "index")));
        assertEquals("svcca:q=5", MetricSpecs.toSpecText(Experiments.metric(" svcca ", " q ", " 5 ")));
    }

    @Test
    void aParameterWithoutNameIsLeftOut() {
        assertEquals("cka", MetricSpecs.toSpecText(Experiments.metric("cka", "", "1")));
    }

    @Test
    void aSettingWithoutIdIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> MetricSpecs.toSpecText(Experiments.metric(" ")));
    }
}
