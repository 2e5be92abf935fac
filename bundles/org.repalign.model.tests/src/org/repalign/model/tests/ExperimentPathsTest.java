package org.repalign.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.api.Test;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentFactory;
import org.repalign.model.ExperimentPackage;
import org.repalign.model.ExperimentPaths;
import org.repalign.model.ExperimentPaths.Change;
import org.repalign.model.Source;

/** Save As keeps every path pointing at the file it pointed at before. */
class ExperimentPathsTest {

    private static final Path FROM = Path.of("/study/experiments");

    @Test
    void everyRebasedPathResolvesToTheSameFileFromTheNewFolder() {
        Experiment experiment = experiment("data/items.txt", "../shared/freq.tsv", "/abs/attributes.tsv");
        Source source = experiment.getSources().get(0);
        source.setFile("a.npy");
        source.setSaeFolder("sae/a");
        source.setItemsFile("   ");
        for (Path to : List.of(Path.of("/study/experiments/variants"), Path.of("/study"), Path.of("/elsewhere/deep/x"))) {
            Experiment copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(experiment);
            List<Change> changes = ExperimentPaths.rebase(copy, FROM, to);
            changes.forEach(c -> c.owner().eSet(c.feature(), c.value()));
            assertSameFile("data/items.txt", copy.getItemsFile(), to);
            assertSameFile("../shared/freq.tsv", copy.getFrequenciesFile(), to);
            assertEquals("/abs/attributes.tsv", copy.getAttributesFile(), "absolute paths stay as written");
            assertSameFile("a.npy", copy.getSources().get(0).getFile(), to);
            assertSameFile("sae/a", copy.getSources().get(0).getSaeFolder(), to);
            assertEquals("   ", copy.getSources().get(0).getItemsFile(), "blank paths are left alone");
        }
    }

    @Test
    void nearFoldersGetRelativePathsFarOnesAbsolute() {
        Experiment experiment = experiment("data/items.txt", null, null);
        assertEquals(List.of("../data/items.txt"), values(experiment, Path.of("/study/experiments/variants")));
        assertEquals(List.of("experiments/data/items.txt"), values(experiment, Path.of("/study")));
        assertEquals(List.of("../../experiments/data/items.txt"), values(experiment, Path.of("/study/a/b")));
        assertEquals(List.of("/study/experiments/data/items.txt"), values(experiment, Path.of("/study/a/b/c")),
                "three steps up is too far: absolute");
    }

    @Test
    void sameFolderOnlyNormalizes() {
        Experiment experiment = experiment("data/items.txt", "./freq.tsv", null);
        List<Change> changes = ExperimentPaths.rebase(experiment, FROM, Path.of("/study/experiments/./"));
        assertEquals(1, changes.size(), "only the path that normalizes differently is rewritten");
        assertEquals("freq.tsv", changes.get(0).value());
    }

    @Test
    void pathFeaturesListEveryFileOrFolderAttributeOfTheModel() {
        long declared = 0;
        for (EClassifier classifier : ExperimentPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass type) {
                for (EAttribute attribute : type.getEAttributes()) {
                    String name = attribute.getName();
                    if (name.endsWith("File") || name.endsWith("Folder")) {
                        declared++;
                        assertTrue(ExperimentPaths.PATH_FEATURES.contains(attribute), type.getName() + "." + name);
                    }
                }
            }
        }
        assertEquals(declared + 1, ExperimentPaths.PATH_FEATURES.size(), "plus Source.file");
    }

    private static List<String> values(Experiment experiment, Path to) {
        return ExperimentPaths.rebase(experiment, FROM, to).stream().map(Change::value).toList();
    }

    private static void assertSameFile(String before, String after, Path to) {
        assertEquals(FROM.resolve(before).normalize(), to.resolve(after).normalize(), before + " → " + after);
    }

    private static Experiment experiment(String items, String frequencies, String attributes) {
        Experiment experiment = ExperimentFactory.eINSTANCE.createExperiment();
        experiment.setItemsFile(items);
        experiment.setFrequenciesFile(frequencies);
        experiment.setAttributesFile(attributes);
        experiment.getSources().add(ExperimentFactory.eINSTANCE.createSource());
        return experiment;
    }
}
