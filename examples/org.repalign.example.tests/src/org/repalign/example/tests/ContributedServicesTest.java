package org.repalign.example.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
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
 * The example plug-in's contributions found in OSGi through its {@code META-INF/services} files
 * alone: RepAlign's registries (in org.repalign.compute, org.repalign.io and
 * org.repalign.analysis) call {@link java.util.ServiceLoader}, and the Service Loader Mediator
 * (Aries SPI Fly) lets that call see the files of this bundle, which provides the
 * {@code osgi.serviceloader} capabilities. The contributions come after the built-ins and are
 * named by the bundle; the broken ones this fragment adds to the same files are reported once
 * with the bundle's name and skipped.
 */
class ContributedServicesTest {

    private static final String EXAMPLE = "org.repalign.example";

    private static long reported(Predicate<String> message) {
        return ContributionProblems.reported().stream().filter(message).count();
    }

    @Test
    void theContributionsComeFromAnotherBundleThroughTheMediator() {
        Bundle compute = FrameworkUtil.getBundle(MetricRegistry.class);
        assertNotNull(compute, "the tests run inside OSGi");
        assertEquals("org.repalign.compute", compute.getSymbolicName());
        Bundle mediator = Arrays.stream(compute.getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("org.apache.aries.spifly.dynamic.bundle")).findFirst()
                .orElseThrow(() -> new AssertionError("SPI Fly is in the test runtime"));
        assertEquals(Bundle.ACTIVE, mediator.getState(), "SPI Fly is started");
        MetricFactory procrustes = MetricRegistry.installed().factory("example_procrustes").orElseThrow(
                () -> new AssertionError("the example metric is found: " + MetricRegistry.installed().names()));
        assertEquals(EXAMPLE, FrameworkUtil.getBundle(procrustes.getClass()).getSymbolicName(),
                "defined by the example bundle, which compute neither requires nor imports");
    }

    @Test
    void builtInsComeFirstThenTheExampleMetric() {
        List<String> ids = MetricRegistry.installed().factories().stream().map(MetricFactory::id).toList();
        assertEquals(List.of("cka", "unbiased_cka", "svcca", "mutual_knn", "knn_edit"), ids.subList(0, 5),
                "the built-ins in their listing order");
        assertTrue(ids.indexOf("example_procrustes") > ids.indexOf("rbf_cka"), "contributions after the built-ins: " + ids);
        assertEquals(ids.size(), ids.stream().distinct().count(), "no id twice");
        MetricFactory procrustes = MetricRegistry.installed().factory("example_procrustes").orElseThrow();
        assertEquals(Direction.HIGHER_IS_BETTER, procrustes.direction());
        assertEquals("center", procrustes.parameters().get(0).name());
        assertEquals("1", procrustes.parameters().get(0).defaultValue());
        assertEquals(EXAMPLE, MetricRegistry.installed().contributorOf("example_procrustes").orElseThrow());
        assertTrue(MetricRegistry.installed().contributorOf("cka").isEmpty(), "a built-in is no contribution");
    }

    @Test
    void exampleReaderAndAnalysisAreRegisteredAfterTheBuiltIns() {
        List<RepresentationReader> readers = RepresentationReaders.installed();
        assertEquals("npy", readers.get(0).formatName());
        assertEquals(1, readers.stream().filter(r -> r.formatName().equals("npy")).count(),
                "the second npy reader of this fragment is skipped");
        RepresentationReader ramat = readers.get(readers.size() - 1);
        assertEquals("ramat", ramat.formatName());
        assertEquals(EXAMPLE, RepresentationReaders.contributorOf(ramat).orElseThrow());
        assertEquals(EXAMPLE, AnalysisRegistry.installed().contribution("dimension").orElseThrow().contributor());
        assertEquals(List.of("dimension"), AnalysisRegistry.installed().require("dimension").tables().stream()
                .map(TableSchema::name).toList());
        assertTrue(AnalysisRegistry.installed().contribution("failing").isPresent());
        assertTrue(SaeArchitectures.ids().containsAll(List.of("topk", "batchtopk", "relu-l1")));
    }

    @Test
    void brokenContributionsAreReportedOnceWithTheBundleAndSkipped() {
        MetricRegistry.installed();
        RepresentationReaders.installed();
        String all = ContributionProblems.reported().toString();
        assertEquals(1, reported(m -> m.startsWith(EXAMPLE + ": ") && m.contains("NoSuchFactory")), all);
        assertEquals(1, reported(m -> m.startsWith(EXAMPLE + ": ") && m.contains("'cka' is registered twice")), all);
        assertEquals(1, reported(m -> m.startsWith(EXAMPLE + ": ") && m.contains("'broken_range'")
                && m.contains("minimum 10.0 is not ≤ maximum 1.0")), all);
        assertEquals(1, reported(m -> m.startsWith(EXAMPLE + ": ") && m.contains("reader format 'npy' is registered twice")),
                all);
        // the built-in cka is the real one, not the stub
        AlignmentMetric cka = MetricRegistry.installed().create("cka");
        double[][] x = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};
        assertEquals(1.0, cka.compute(DenseMatrix.of(x), DenseMatrix.of(x), MetricContext.defaults()).value(), 1e-12);
        IllegalArgumentException broken = assertThrows(IllegalArgumentException.class,
                () -> MetricRegistry.installed().create("broken_range"));
        assertTrue(broken.getMessage().contains("broken contribution") && broken.getMessage().contains(EXAMPLE),
                broken.getMessage());
        assertFalse(MetricRegistry.installed().names().contains("broken_range"));
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
        assertEquals(1, reported(m -> m.startsWith(EXAMPLE + ": ") && m.contains("metric 'throwing' failed")),
                "reported once");
        assertTrue(MetricRegistry.failureOf(throwing).isPresent());
        assertInstanceOf(String.class, MetricRegistry.failureOf(throwing).get());
    }
}
