package org.repalign.example.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.repalign.analysis.extension.ContributedExtensions;
import org.repalign.analysis.modules.AnalysisRegistry;
import org.repalign.analysis.results.TableSchema;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.extension.ContributionProblems;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.MetricFactory;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.metrics.MetricValue;
import org.repalign.compute.sae.SaeArchitectures;
import org.repalign.io.RepresentationReader;
import org.repalign.io.RepresentationReaders;

/**
 * The extension registry bridged into RepAlign's registries: the example's contributions are
 * found, ordered after the built-ins and named by their bundle; the broken ones of this test
 * bundle's fragment.xml are reported once with the bundle's name and skipped.
 */
class ContributedExtensionsTest {

    @BeforeAll
    static void install() {
        assertTrue(ContributedExtensions.install(), "the tests run inside OSGi with an extension registry");
        assertTrue(ContributedExtensions.install(), "a second install is harmless");
    }

    private static long reported(Predicate<String> message) {
        return ContributionProblems.reported().stream().filter(message).count();
    }

    @Test
    void builtInsComeFirstThenTheExampleMetric() {
        List<String> ids = MetricRegistry.installed().factories().stream().map(MetricFactory::id).toList();
        assertEquals(List.of("cka", "unbiased_cka", "svcca", "mutual_knn", "knn_edit"), ids.subList(0, 5),
                "the built-ins in their listing order");
        assertTrue(ids.indexOf("procrustes") > ids.indexOf("rbf_cka"), "contributions after the built-ins: " + ids);
        assertEquals(ids.size(), ids.stream().distinct().count(), "no id twice");
        MetricFactory procrustes = MetricRegistry.installed().factory("procrustes").orElseThrow();
        assertEquals(Direction.HIGHER_IS_BETTER, procrustes.direction());
        assertEquals("center", procrustes.parameters().get(0).name());
        assertEquals("1", procrustes.parameters().get(0).defaultValue());
        assertTrue(MetricRegistry.installed().contributorOf("procrustes").orElseThrow().startsWith("org.repalign.example"));
    }

    @Test
    void exampleReaderAndAnalysisAreRegisteredAfterTheBuiltIns() {
        List<RepresentationReader> readers = RepresentationReaders.installed();
        assertEquals("npy", readers.get(0).formatName());
        assertEquals(1, readers.stream().filter(r -> r.formatName().equals("npy")).count(),
                "the second npy reader of fragment.xml is skipped");
        assertEquals("ramat", readers.get(readers.size() - 1).formatName());
        assertTrue(AnalysisRegistry.installed().contribution("dimension").isPresent());
        assertEquals(List.of("dimension"), AnalysisRegistry.installed().require("dimension").tables().stream()
                .map(TableSchema::name).toList());
        assertTrue(SaeArchitectures.ids().containsAll(List.of("topk", "batchtopk", "relu-l1")));
    }

    @Test
    void brokenContributionsAreReportedOnceWithTheBundleAndSkipped() {
        assertEquals(1, reported(m -> m.startsWith("org.repalign.example") && m.contains("broken_missing")),
                ContributionProblems.reported().toString());
        assertEquals(1, reported(m -> m.startsWith("org.repalign.example") && m.contains("'cka' is registered twice")),
                ContributionProblems.reported().toString());
        assertEquals(1, reported(m -> m.startsWith("org.repalign.example") && m.contains("broken_range")
                && m.contains("minimum")), ContributionProblems.reported().toString());
        assertEquals(1, reported(m -> m.contains("reader format 'npy' is registered twice")));
        // the built-in cka is the real one, not the stub
        AlignmentMetric cka = MetricRegistry.installed().create("cka");
        double[][] x = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};
        assertEquals(1.0, cka.compute(DenseMatrix.of(x), DenseMatrix.of(x), MetricContext.defaults()).value(), 1e-12);
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> MetricRegistry.installed().create("broken_missing"));
        assertTrue(missing.getMessage().contains("broken contribution") && missing.getMessage().contains("org.repalign.example"),
                missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MetricRegistry.installed().create("broken_range"));
    }

    @Test
    void anExceptionInsideAMetricGivesAnUndefinedValueReportedOnce() {
        AlignmentMetric throwing = MetricRegistry.installed().create("throwing");
        double[][] x = {{1, 0}, {0, 1}, {-1, 0}};
        MetricValue first = throwing.compute(DenseMatrix.of(x), DenseMatrix.of(x), MetricContext.defaults());
        MetricValue second = throwing.compute(DenseMatrix.of(x), DenseMatrix.of(x), MetricContext.defaults());
        assertFalse(first.isDefined());
        assertFalse(second.isDefined());
        assertTrue(first.warnings().get(0).contains("deliberate failure"), first.warnings().toString());
        assertEquals(1, reported(m -> m.contains("metric 'throwing' failed")), "reported once");
        assertTrue(MetricRegistry.failureOf(throwing).isPresent());
        assertInstanceOf(String.class, MetricRegistry.failureOf(throwing).get());
    }
}
