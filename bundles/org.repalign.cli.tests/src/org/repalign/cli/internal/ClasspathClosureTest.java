package org.repalign.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.cli.internal.ClasspathClosure.BundleNode;
import org.repalign.cli.internal.ClasspathClosure.Outcome;

/** Which jars a plain start needs, on hand-built bundle graphs. */
class ClasspathClosureTest {

    private final Map<String, BundleNode> bundles = new LinkedHashMap<>();

    private void jar(String name, boolean contributes, String... dependencies) {
        bundles.put(name, new BundleNode(name, name, Path.of("/p", name + ".jar"), null, contributes,
                List.of(dependencies)));
    }

    private void folder(String name, String... dependencies) {
        bundles.put(name, new BundleNode(name, name, null, "is a folder, not a jar", false, List.of(dependencies)));
    }

    private static List<String> names(Outcome outcome) {
        return outcome.jars().stream().map(jar -> jar.getFileName().toString().replace(".jar", "")).toList();
    }

    @Test
    void theCommandLineComesFirstThenWhatItNeedsBreadthFirstThenThePlugIns() {
        jar("cli", false, "analysis", "compute");
        jar("analysis", true, "compute", "emf");
        jar("compute", true, "nd4j");
        jar("emf", false);
        jar("nd4j", false, "nd4j.native");
        jar("nd4j.native", false);
        jar("plugin", true, "compute", "plugin.lib");
        jar("plugin.lib", false);
        jar("unrelated", false, "cli");

        Outcome outcome = ClasspathClosure.resolve(bundles, "cli");

        assertTrue(outcome.plain());
        assertEquals(List.of("cli", "analysis", "compute", "emf", "nd4j", "nd4j.native", "plugin", "plugin.lib"),
                names(outcome));
    }

    @Test
    void cyclesAndSharedDependenciesListEachJarOnce() {
        jar("cli", false, "a", "b");
        jar("a", false, "b", "cli");
        jar("b", false, "a");
        jar("plugin", true, "a", "b", "plugin");

        assertEquals(List.of("cli", "a", "b", "plugin"), names(ClasspathClosure.resolve(bundles, "cli")));
    }

    @Test
    void aPlugInThatNeedsTheUserInterfaceKeepsStartsInTheFramework() {
        jar("cli", false, "compute");
        jar("compute", true);
        jar("org.example.viewer", true, "compute", "org.eclipse.jface");
        jar("org.eclipse.jface", false, "org.eclipse.swt");
        jar("org.eclipse.swt", false);

        Outcome outcome = ClasspathClosure.resolve(bundles, "cli");

        assertFalse(outcome.plain());
        assertTrue(outcome.jars().isEmpty());
        assertEquals("the plug-in org.example.viewer needs the user interface (org.eclipse.jface)",
                outcome.frameworkReason());
    }

    @Test
    void userInterfaceBundlesThatNoContributionNeedsStayOut() {
        jar("cli", false, "compute");
        jar("compute", true);
        jar("org.eclipse.ui.workbench", false, "org.eclipse.swt", "compute");
        jar("org.eclipse.swt", false);

        assertEquals(List.of("cli", "compute"), names(ClasspathClosure.resolve(bundles, "cli")));
    }

    @Test
    void aNeededFolderBundleKeepsStartsInTheFrameworkAndIsNamed() {
        jar("cli", false, "compute");
        jar("compute", true, "docs");
        folder("docs");

        Outcome outcome = ClasspathClosure.resolve(bundles, "cli");

        assertFalse(outcome.plain());
        assertEquals("the command line needs docs, which is a folder, not a jar", outcome.frameworkReason());
    }

    @Test
    void anUnneededFolderBundleDoesNotMatter() {
        jar("cli", false);
        folder("help.pages");

        assertEquals(List.of("cli"), names(ClasspathClosure.resolve(bundles, "cli")));
    }

    @Test
    void wiresToBundlesThatAreNotResolvedAreIgnored() {
        jar("cli", false, "gone");

        assertEquals(List.of("cli"), names(ClasspathClosure.resolve(bundles, "cli")));
    }

    @Test
    void theCommandLineBundleMustBeThere() {
        jar("compute", true);

        assertThrows(IllegalArgumentException.class, () -> ClasspathClosure.resolve(bundles, "cli"));
    }

    @Test
    void aBundleIsEitherAJarOrSaysWhyNot() {
        assertThrows(IllegalArgumentException.class,
                () -> new BundleNode("x", "x", Path.of("x.jar"), "is a folder", false, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new BundleNode("x", "x", null, null, false, List.of()));
    }

    @Test
    void userInterfaceBundlesAreRecognisedByName() {
        for (String name : List.of("org.eclipse.swt", "org.eclipse.swt.gtk.linux.x86_64", "org.eclipse.jface",
                "org.eclipse.jface.text", "org.eclipse.ui", "org.eclipse.ui.ide", "org.eclipse.e4.ui.workbench")) {
            assertTrue(ClasspathClosure.isUserInterface(name), name);
        }
        for (String name : List.of("org.eclipse.core.runtime", "org.eclipse.equinox.common", "org.eclipse.uitest",
                "org.eclipse.swtchart.data", "org.repalign.ui.tables")) {
            assertFalse(ClasspathClosure.isUserInterface(name), name);
        }
    }

    @Test
    void theRecordIsWrittenAsTheLauncherReadsIt(@TempDir Path folder) throws Exception {
        Path record = folder.resolve("cache/classpath.txt");
        HeadlessClasspath.write(record, new Outcome(List.of(Path.of("/p/cli.jar"), Path.of("/p/compute.jar")), null));
        assertEquals(List.of("classpath", "/p/cli.jar", "/p/compute.jar"), Files.readAllLines(record));

        HeadlessClasspath.write(record, new Outcome(List.of(), "the plug-in x needs\nthe user interface"));
        assertEquals(List.of("framework the plug-in x needs the user interface"), Files.readAllLines(record));
        try (var left = Files.list(record.getParent())) {
            assertEquals(List.of(record), left.toList(), "no temporary file is left behind");
        }
    }
}
