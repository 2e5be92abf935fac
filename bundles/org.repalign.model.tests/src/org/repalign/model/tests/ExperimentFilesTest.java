package org.repalign.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentFiles;
import org.repalign.model.ExperimentPackage;

class ExperimentFilesTest {

    @TempDir
    Path dir;

    @Test
    void theFullFixtureSetsEveryAttributeOfEveryClass() {
        // guards the round trip below: a new attribute left at its default would not be tested
        Experiment full = Experiments.full();
        java.util.Set<org.eclipse.emf.ecore.EClass> seen = new java.util.HashSet<>();
        for (TreeIterator<EObject> it = EcoreUtil.getAllContents(List.of(full)); it.hasNext();) {
            EObject object = it.next();
            seen.add(object.eClass());
            for (EAttribute attribute : object.eClass().getEAllAttributes()) {
                assertTrue(object.eIsSet(attribute), object.eClass().getName() + "." + attribute.getName() + " is not set");
            }
        }
        long concrete = ExperimentPackage.eINSTANCE.getEClassifiers().stream()
                .filter(c -> c instanceof org.eclipse.emf.ecore.EClass k && !k.isAbstract()).count();
        assertEquals(concrete, seen.size());
    }

    @Test
    void saveThenLoadKeepsEveryField() throws IOException {
        Experiment original = Experiments.full();
        Path file = dir.resolve("full.repalign");
        ExperimentFiles.save(original, file);
        Experiment loaded = ExperimentFiles.load(file);
        assertTrue(EcoreUtil.equals(original, loaded));
        assertEquals("every field — with non-ASCII text: ü, λ, 表", loaded.getDescription());
        assertEquals(7.0e9, loaded.getSources().get(0).getParameters());
    }

    @Test
    void theFileIsUtf8XmiInTheExperimentNamespaceAndStable() throws IOException {
        Path first = dir.resolve("a.repalign");
        Path second = dir.resolve("b.repalign");
        ExperimentFiles.save(Experiments.full(), first);
        ExperimentFiles.save(ExperimentFiles.load(first), second);
        String text = Files.readString(first, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), text);
        assertTrue(text.contains("xmlns:repalign=\"http://www.repalign.org/experiment/1.0\""), text);
        assertTrue(text.contains("<repalign:Experiment"), text);
        assertTrue(text.contains("表"), text);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void unsetOptionalNumbersStayNullAndDefaultsAreNotWritten() throws IOException {
        Experiment e = Experiments.F.createExperiment();
        e.getSources().add(Experiments.F.createSource());
        e.getSources().get(0).setId("a");
        Path file = dir.resolve("small.repalign");
        ExperimentFiles.save(e, file);
        assertFalse(Files.readString(file).contains("seed"));
        Experiment loaded = ExperimentFiles.load(file);
        assertNull(loaded.getSources().get(0).getDepth());
        assertNull(loaded.getSources().get(0).getParameters());
        assertEquals(12345L, loaded.getSeed());
    }

    @Test
    void aFileWrittenBeforeSourcesHadLayersOpensWithTheLastLayerMeant() throws IOException {
        // the form of files saved before the layer attribute existed: a source without it
        Path file = dir.resolve("before-layers.repalign");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <repalign:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:repalign="http://www.repalign.org/experiment/1.0" name="words">
                  <sources id="llama" file="llama.npy" tensorName="emb" family="llama" depth="32" year="2023"/>
                  <sources id="clip" file="clip.npy"/>
                  <analyses xsi:type="repalign:BiasAnalysis"/>
                </repalign:Experiment>
                """, StandardCharsets.UTF_8);
        Experiment loaded = ExperimentFiles.load(file);
        assertEquals(2, loaded.getSources().size());
        assertNull(loaded.getSources().get(0).getLayer());
        assertFalse(loaded.getSources().get(0).eIsSet(ExperimentPackage.Literals.SOURCE__LAYER));
        assertEquals("emb", loaded.getSources().get(0).getTensorName());
        assertEquals(32, loaded.getSources().get(0).getDepth());
        // saved again, the file still has no layer attribute, and a set layer is written and read back
        Path again = dir.resolve("again.repalign");
        ExperimentFiles.save(loaded, again);
        assertFalse(Files.readString(again).contains("layer="));
        loaded.getSources().get(1).setLayer("3");
        ExperimentFiles.save(loaded, again);
        assertTrue(Files.readString(again).contains("layer=\"3\""));
        assertEquals("3", ExperimentFiles.load(again).getSources().get(1).getLayer());
    }

    @Test
    void saveDoesNotTakeTheExperimentOutOfItsResource() throws IOException {
        Path first = dir.resolve("first.repalign");
        ExperimentFiles.save(Experiments.full(), first);
        Experiment loaded = ExperimentFiles.load(first);
        Resource resource = loaded.eResource();
        ExperimentFiles.save(loaded, dir.resolve("second.repalign"));
        assertSame(resource, loaded.eResource());
    }

    @Test
    void malformedXmlIsOneLineNamingTheFileAndTheLine() throws IOException {
        Path file = dir.resolve("broken.repalign");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<repalign:Experiment xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\"\n"
                + "    xmlns:repalign=\"http://www.repalign.org/experiment/1.0\" name=\"x\">\n"
                + "  <sources id=\"a\"\n"
                + "</repalign:Experiment>\n");
        IOException error = assertThrows(IOException.class, () -> ExperimentFiles.load(file));
        assertTrue(error.getMessage().startsWith(file + ": malformed XML at line 5"), error.getMessage());
        assertFalse(error.getMessage().contains("\n"), error.getMessage());
    }

    @Test
    void anotherXmlDocumentIsNotAnExperiment() throws IOException {
        Path file = dir.resolve("other.repalign");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<x:project xmlns:x=\"urn:other\"/>\n");
        IOException error = assertThrows(IOException.class, () -> ExperimentFiles.load(file));
        assertTrue(error.getMessage().startsWith(file + ": not an experiment (namespace 'urn:other'"),
                error.getMessage());
        assertFalse(error.getMessage().contains("\n"));
    }

    @Test
    void anUnknownFieldNamesTheFieldAndTheLine() throws IOException {
        Path file = dir.resolve("unknown.repalign");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<repalign:Experiment xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\"\n"
                + "    xmlns:repalign=\"http://www.repalign.org/experiment/1.0\" colour=\"red\"/>\n");
        IOException error = assertThrows(IOException.class, () -> ExperimentFiles.load(file));
        assertTrue(error.getMessage().startsWith(file + ": unknown attribute or element 'colour' at line 3"),
                error.getMessage());
    }

    @Test
    void aBadNumberNamesTheField() throws IOException {
        Path file = dir.resolve("number.repalign");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<repalign:Experiment xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\"\n"
                + "    xmlns:repalign=\"http://www.repalign.org/experiment/1.0\" seed=\"many\"/>\n");
        IOException error = assertThrows(IOException.class, () -> ExperimentFiles.load(file));
        assertTrue(error.getMessage().startsWith(file + ": bad value 'many' for seed"), error.getMessage());
    }

    @Test
    void aMissingFileIsOneLine() {
        Path file = dir.resolve("nothing.repalign");
        IOException error = assertThrows(IOException.class, () -> ExperimentFiles.load(file));
        assertEquals(file + ": no such file", error.getMessage());
    }

    @Test
    void saveLeavesNoTemporaryFileAndReplacesTheOldContent() throws IOException {
        Path file = dir.resolve("exp.repalign");
        Files.writeString(file, "old");
        ExperimentFiles.save(Experiments.full(), file);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
        assertEquals("full", ExperimentFiles.load(file).getName());
    }

    @Test
    void aFailedSaveKeepsWhatWasThereAndLeavesNoTemporaryFile() throws IOException {
        // the target is a folder with a file in it: the final move cannot replace it
        Path target = dir.resolve("taken.repalign");
        Files.createDirectory(target);
        Files.writeString(target.resolve("keep.txt"), "kept");
        IOException error = assertThrows(IOException.class, () -> ExperimentFiles.save(Experiments.full(), target));
        assertTrue(error.getMessage().startsWith(target + ": "), error.getMessage());
        assertFalse(error.getMessage().contains("\n"));
        assertEquals("kept", Files.readString(target.resolve("keep.txt")));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void savingIntoAMissingFolderFailsWithOneLine() {
        Path file = dir.resolve("no/such/folder/exp.repalign");
        IOException error = assertThrows(IOException.class, () -> ExperimentFiles.save(Experiments.full(), file));
        assertEquals(file + ": the folder does not exist", error.getMessage());
    }
}
