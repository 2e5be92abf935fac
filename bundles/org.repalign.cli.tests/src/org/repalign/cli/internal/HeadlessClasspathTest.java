package org.repalign.cli.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.repalign.cli.internal.ClasspathClosure.BundleNode;

/** The bundle graph of the running framework, as the record of plain starts sees it. */
class HeadlessClasspathTest {

    private static BundleNode named(Map<String, BundleNode> graph, String symbolicName) {
        return graph.values().stream().filter(node -> node.name().equals(symbolicName)).findFirst()
                .orElseThrow(() -> new AssertionError(symbolicName + " is not in the graph"));
    }

    @Test
    void theCommandLineIsWiredToTheCoreAndItsFragmentAndTheCoreContributes() {
        Bundle self = FrameworkUtil.getBundle(HeadlessClasspath.class);
        assertNotNull(self, "the tests run in the framework");
        Map<String, BundleNode> graph = HeadlessClasspath.graph(self.getBundleContext());

        BundleNode cli = named(graph, "org.repalign.cli");
        List<String> needs = cli.dependencies().stream().map(id -> graph.get(id).name()).toList();
        assertTrue(needs.containsAll(List.of("org.repalign.analysis", "org.repalign.compute", "org.repalign.io",
                "org.repalign.cli.tests")), "cli needs " + needs);
        assertFalse(cli.contributes());
        assertTrue(named(graph, "org.repalign.compute").contributes());
        assertTrue(named(graph, "org.repalign.io").contributes());
        assertTrue(named(graph, "org.repalign.analysis").contributes());
        // the service loader mediator is reached through capabilities, which a classpath does not need
        assertFalse(needs.contains("org.apache.aries.spifly.dynamic.bundle"));
    }

    @Test
    void theRecordNamesExistingJarsOrWhyTheFrameworkIsNeeded(@TempDir Path folder) throws Exception {
        Path record = folder.resolve("classpath.txt");
        HeadlessClasspath.record(record);

        List<String> lines = Files.readAllLines(record);
        if (lines.get(0).equals("classpath")) {
            assertTrue(lines.size() > 5, "lines: " + lines);
            assertTrue(lines.get(1).contains("org.repalign.cli"), "the command line comes first: " + lines.get(1));
            for (String jar : lines.subList(1, lines.size())) {
                assertTrue(jar.endsWith(".jar") && Files.isRegularFile(Path.of(jar)), jar);
            }
        } else {
            // under test the bundles of this build may be class folders, not jars
            assertTrue(lines.get(0).startsWith("framework the command line needs "), lines.get(0));
            assertTrue(lines.size() == 1, "lines: " + lines);
        }
    }
}
