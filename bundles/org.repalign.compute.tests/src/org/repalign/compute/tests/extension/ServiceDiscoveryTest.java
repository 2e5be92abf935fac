package org.repalign.compute.tests.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.extension.Contribution;
import org.repalign.compute.extension.ContributionProblems;
import org.repalign.compute.extension.ServiceContributions;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.MetricFactory;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.metrics.MetricValue;
import org.repalign.compute.sae.SaeArchitecture;
import org.repalign.compute.sae.SaeArchitectures;
import org.repalign.compute.sae.TopKArchitecture;

/**
 * Discovery through {@link java.util.ServiceLoader}: RepAlign's own metrics come from this
 * bundle's service file, contributions from any other on the class path, after them; broken ones
 * are reported once with the provider and skipped. The contributions are listed in a service file
 * written for the test, seen through a class loader whose parent is this bundle's, exactly as a
 * contributed jar on a plain class path would be.
 */
class ServiceDiscoveryTest {

    private static final String PREFIX = TestContributions.class.getName() + "$";

    @TempDir
    static Path folder;

    private static MetricRegistry registry;

    @BeforeAll
    static void discover() throws Exception {
        Path services = folder.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(MetricFactory.class.getName()), String.join("\n",
                "# test contributions, one sound one first",
                PREFIX + "Constant",
                "org.repalign.compute.tests.extension.NoSuchFactory",
                PREFIX + "SecondCka",
                PREFIX + "EmptyRange",
                PREFIX + "DefaultOutside",
                PREFIX + "UnknownType",
                PREFIX + "FailingConstructor",
                PREFIX + "Throwing") + "\n");
        ClassLoader loader = new URLClassLoader(new java.net.URL[] {folder.toUri().toURL()},
                ServiceDiscoveryTest.class.getClassLoader());
        registry = new MetricRegistry(List.of());
        for (Contribution<MetricFactory> contribution : ServiceContributions.load(MetricFactory.class, loader)) {
            registry.contribute(contribution);
        }
    }

    private static long reported(Predicate<String> message) {
        return ContributionProblems.reported().stream().filter(message).count();
    }

    @Test
    void builtInsAreListedInTheirServiceFileOrder() {
        List<String> ids = MetricRegistry.installed().factories().stream().map(MetricFactory::id).toList();
        assertEquals(List.of("cka", "unbiased_cka", "svcca", "mutual_knn", "knn_edit", "knn_edit_sim", "cknna",
                "cycle_knn", "lcs_knn", "rbf_cka"), ids.subList(0, 10));
        assertTrue(MetricRegistry.installed().names().containsAll(MetricRegistry.PAPER_METRICS));
        assertTrue(SaeArchitectures.ids().containsAll(List.of("topk", "batchtopk", "relu-l1")));
    }

    @Test
    void soundContributionsFollowTheBuiltInsBrokenOnesAreSkipped() {
        List<String> ids = registry.factories().stream().map(MetricFactory::id).toList();
        assertEquals("cka", ids.get(0), "the built-in cka is registered first and keeps its id");
        assertTrue(ids.indexOf("test_constant") > ids.indexOf("rbf_cka"), ids.toString());
        assertTrue(ids.contains("test_throwing"));
        for (String broken : List.of("test_empty_range", "test_default_outside", "test_unknown_type",
                "test_failing_constructor")) {
            assertFalse(ids.contains(broken), broken);
        }
        assertEquals(ids.size(), ids.stream().distinct().count());
        assertTrue(registry.contributorOf("test_constant").orElseThrow().endsWith("TestContributions$Constant"));
        double[][] x = {{1, 0}, {0, 1}, {-1, 0}};
        assertEquals(1.0, registry.create("cka").compute(DenseMatrix.of(x), DenseMatrix.of(x), MetricContext.defaults())
                .value(), 1e-12, "the real cka, not the second one");
        assertEquals(0.75, registry.create("test_constant:value=0.75")
                .compute(DenseMatrix.of(x), DenseMatrix.of(x), MetricContext.defaults()).value());
    }

    @Test
    void eachProblemIsReportedOnceNamingTheProvider() {
        assertEquals(1, reported(m -> m.contains("NoSuchFactory")), ContributionProblems.reported().toString());
        assertEquals(1, reported(m -> m.contains("SecondCka") && m.contains("'cka' is registered twice")));
        assertEquals(1, reported(m -> m.contains("EmptyRange") && m.contains("minimum 10.0 is not ≤ maximum 1.0")));
        assertEquals(1, reported(m -> m.contains("DefaultOutside") && m.contains("default 50 is outside")));
        assertEquals(1, reported(m -> m.contains("UnknownType") && m.contains("neither int nor double")));
        assertEquals(1, reported(m -> m.contains("FailingConstructor")));
        IllegalArgumentException asked = assertThrows(IllegalArgumentException.class,
                () -> registry.create("test_empty_range"));
        assertTrue(asked.getMessage().contains("broken contribution") && asked.getMessage().contains("EmptyRange"),
                asked.getMessage());
    }

    @Test
    void anExceptionInsideAMetricIsReportedOnceAndLeavesTheOthers() {
        List<AlignmentMetric> metrics = registry.createAll(List.of("cka", "test_throwing"));
        double[][] x = {{1, 0}, {0, 1}, {-1, 0}};
        for (int repeat = 0; repeat < 3; repeat++) {
            MetricValue cka = metrics.get(0).compute(DenseMatrix.of(x), DenseMatrix.of(x), MetricContext.defaults());
            MetricValue throwing = metrics.get(1).compute(DenseMatrix.of(x), DenseMatrix.of(x), MetricContext.defaults());
            assertEquals(1.0, cka.value(), 1e-12);
            assertFalse(throwing.isDefined());
            assertTrue(throwing.warnings().get(0).contains("deliberate failure in test_throwing"));
        }
        assertEquals(1, reported(m -> m.contains("metric 'test_throwing' failed")), "reported once");
        assertTrue(MetricRegistry.failureOf(metrics.get(1)).isPresent());
        assertTrue(MetricRegistry.failureOf(metrics.get(0)).isEmpty());
    }

    @Test
    void saeArchitecturesRejectATakenId() {
        SaeArchitecture second = new TopKArchitecture();
        assertFalse(SaeArchitectures.contribute(new Contribution<>(second, "test.bundle")));
        assertEquals(1, reported(m -> m.equals("test.bundle: SAE architecture id 'topk' is registered twice")));
        assertTrue(SaeArchitectures.get("topk") != second, "the first registration stays");
        SaeArchitectures.markBroken("test_missing_arch", "test.bundle", "SAE architecture 'test_missing_arch' skipped: class missing");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SaeArchitectures.get("test_missing_arch"))
                .getMessage().contains("class missing"));
    }
}
