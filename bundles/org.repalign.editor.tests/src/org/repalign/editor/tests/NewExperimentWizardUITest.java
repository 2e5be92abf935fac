package org.repalign.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repalign.analysis.experiment.DemoExperiment;
import org.repalign.editor.ExperimentEditor;
import org.repalign.editor.internal.NewExperimentWizard;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentFiles;

/** The New Experiment wizard in the running workbench: both starting points create and open a file. */
class NewExperimentWizardUITest {

    private IProject project;
    private WizardDialog dialog;

    @BeforeEach
    void createProject() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("wizard-test-" + System.nanoTime());
        project.create(null);
        project.open(null);
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        project.delete(true, true, null);
    }

    private NewExperimentWizard openWizard() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        NewExperimentWizard wizard = new NewExperimentWizard();
        wizard.init(workbench, new StructuredSelection(project));
        dialog = new WizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return wizard;
    }

    @Test
    void syntheticExampleCreatesAndOpensTheDemoExperiment() throws Exception {
        NewExperimentWizard wizard = openWizard();
        assertNull(wizard.page().getErrorMessage(), "the selected project is the folder");
        assertTrue(wizard.canFinish());
        assertTrue(wizard.performFinish());

        Path file = wizard.created().getLocation().toFile().toPath();
        assertEquals("experiment.repalign", file.getFileName().toString());
        Experiment experiment = ExperimentFiles.load(file);
        assertEquals("experiment", experiment.getName());
        assertEquals(DemoExperiment.create().getSynthetic().getModels().size(),
                experiment.getSynthetic().getModels().size());
        IEditorPart active = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
        assertTrue(active instanceof ExperimentEditor, "the new file is open in the experiment editor");
        assertEquals(file, ((ExperimentEditor) active).getFile());

        wizard.page().setFromSynthetic(true);
        assertFalse(wizard.canFinish(), "the file exists now");
        assertNotNull(wizard.page().getErrorMessage());
    }

    @Test
    void aFreshWorkspaceGetsItsFolderMadeOnFinish() throws Exception {
        IWorkbench workbench = PlatformUI.getWorkbench();
        NewExperimentWizard wizard = new NewExperimentWizard();
        // as the Welcome view's "New experiment from your files…" opens it
        wizard.setInitializationData(null, null, NewExperimentWizard.OWN_FILES);
        wizard.init(workbench, StructuredSelection.EMPTY);
        dialog = new WizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        String name = "fresh-" + System.nanoTime();
        IProject fresh = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        try {
            assertNotNull(wizard.page().folderPath(), "a folder is proposed without a selection");
            assertFalse(wizard.page().fromSynthetic(), "it starts on the user's own files");
            assertNull(wizard.page().getErrorMessage(), "nothing is wrong before the user does anything");
            assertEquals("Add two or more representation files.", wizard.page().getMessage());
            assertFalse(wizard.canFinish());
            wizard.page().setFolderText(name + "/study");
            assertEquals("Add two or more representation files.", wizard.page().getErrorMessage());
            // the defaults are fitted to the user's files before the folder exists
            Path files = project.getLocation().toFile().toPath();
            java.util.Random random = new java.util.Random(8);
            for (String source : new String[] { "first", "second" }) {
                float[][] rows = new float[300][16];
                for (float[] row : rows) {
                    for (int j = 0; j < row.length; j++) {
                        row[j] = (float) random.nextGaussian();
                    }
                }
                wizard.page().addSource(npy(files.resolve(source + ".npy"), rows));
            }
            assertNull(wizard.page().getErrorMessage());
            assertTrue(wizard.canFinish());
            assertTrue(wizard.page().fittedDefaults().stream().anyMatch(n -> n.startsWith("subsample size 240")),
                    wizard.page().fittedDefaults().toString());
            assertTrue(wizard.page().getMessage().endsWith("The project '" + name + "/study' will be created."),
                    wizard.page().getMessage());
            assertTrue(wizard.performFinish());
            assertTrue(fresh.isOpen(), "the project is made and opened");
            assertEquals(fresh.getFolder("study").getFile("experiment.repalign"), wizard.created());
            assertTrue(wizard.created().exists());

            wizard.page().setFolderText(name + "/study/experiment.repalign");
            assertEquals("'" + name + "/study/experiment.repalign' is not an open folder or project of the workspace.",
                    wizard.page().getErrorMessage(), "a file is no folder");
        } finally {
            PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
            fresh.delete(true, true, null);
        }
    }

    @Test
    void ownFilesNeedTwoSourcesAndBecomeSourcesWithRelativePaths() throws Exception {
        Path folder = project.getLocation().toFile().toPath();
        Path first = Files.writeString(folder.resolve("llama.txt"), "a 1 2\n");
        Path second = Files.writeString(folder.resolve("clip.txt"), "a 3 4\n");
        NewExperimentWizard wizard = openWizard();
        wizard.page().setFromSynthetic(false);
        wizard.page().addSource(first);
        wizard.page().setFromSynthetic(false);
        assertFalse(wizard.canFinish(), "one source is not enough");
        wizard.page().addSource(second);
        wizard.page().setFromSynthetic(false);
        assertTrue(wizard.canFinish(), String.valueOf(wizard.page().getErrorMessage()));
        assertTrue(wizard.performFinish());

        Experiment experiment = ExperimentFiles.load(wizard.created().getLocation().toFile().toPath());
        assertEquals(List.of("llama", "clip"), experiment.getSources().stream().map(s -> s.getId()).toList());
        assertEquals(List.of("llama.txt", "clip.txt"), experiment.getSources().stream().map(s -> s.getFile()).toList());
    }

    /** Writes a float32 .npy file of rows × columns values. */
    private static Path npy(Path file, float[][] rows) throws java.io.IOException {
        int columns = rows[0].length;
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + rows.length + ", " + columns + "), }";
        int unpadded = 10 + dict.length() + 1;
        String header = dict + " ".repeat((64 - unpadded % 64) % 64) + "\n";
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(10 + header.length() + 4 * rows.length * columns)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        buffer.put((byte) 0x93).put("NUMPY".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).put((byte) 1)
                .put((byte) 0).putShort((short) header.length())
                .put(header.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        for (float[] row : rows) {
            for (float value : row) {
                buffer.putFloat(value);
            }
        }
        return Files.write(file, buffer.array());
    }

    /** 500 rows of a shared 8-dimensional signal, mapped to the given dimension with noise. */
    private static float[][] representation(long seed, float[][] signal, int dimension) {
        java.util.Random random = new java.util.Random(seed);
        float[][] map = new float[signal[0].length][dimension];
        for (float[] row : map) {
            for (int j = 0; j < dimension; j++) {
                row[j] = (float) random.nextGaussian();
            }
        }
        float[][] rows = new float[signal.length][dimension];
        for (int i = 0; i < signal.length; i++) {
            for (int j = 0; j < dimension; j++) {
                double value = 0.3 * random.nextGaussian();
                for (int s = 0; s < signal[i].length; s++) {
                    value += signal[i][s] * map[s][j];
                }
                rows[i][j] = (float) value;
            }
        }
        return rows;
    }

    @Test
    void aFolderOfLayerFilesIsOneSourceAndBringsTheLayersAnalysis() throws Exception {
        Path folder = project.getLocation().toFile().toPath();
        Path layers = Files.createDirectories(folder.resolve("vit.layers"));
        java.util.Random random = new java.util.Random(5);
        float[][] rows = new float[30][4];
        for (float[] row : rows) {
            for (int j = 0; j < row.length; j++) {
                row[j] = (float) random.nextGaussian();
            }
        }
        npy(layers.resolve("block_1.npy"), rows);
        npy(layers.resolve("block_2.npy"), rows);
        Path single = npy(folder.resolve("bert.npy"), rows);
        NewExperimentWizard wizard = openWizard();
        wizard.page().setFromSynthetic(false);
        wizard.page().addSource(layers);
        wizard.page().addSource(single);
        wizard.page().setFromSynthetic(false);
        assertTrue(wizard.canFinish(), String.valueOf(wizard.page().getErrorMessage()));
        assertTrue(wizard.performFinish());

        Path file = wizard.created().getLocation().toFile().toPath();
        Experiment experiment = ExperimentFiles.load(file);
        assertEquals(List.of("vit.layers", "bert"), experiment.getSources().stream().map(s -> s.getId()).toList());
        assertEquals(List.of("vit.layers", "bert.npy"), experiment.getSources().stream().map(s -> s.getFile()).toList());
        assertTrue(experiment.getAnalyses().stream().anyMatch(a -> a instanceof org.repalign.model.ContributedAnalysis c
                && c.getAnalysisId().equals("layers")), "a source of layers brings the layers analysis");
        List<org.eclipse.emf.common.util.Diagnostic> problems = org.repalign.model.validation.ExperimentValidator
                .validate(experiment, file, new org.repalign.analysis.experiment.ReaderSourceShapes());
        assertTrue(problems.stream().noneMatch(d -> d.getSeverity() >= org.eclipse.emf.common.util.Diagnostic.ERROR),
                problems.stream().map(d -> d.getMessage()).toList().toString());
    }

    @Test
    void threeSmallSourcesGiveAnExperimentThatValidatesAndRuns() throws Exception {
        Path folder = project.getLocation().toFile().toPath();
        java.util.Random random = new java.util.Random(3);
        float[][] signal = new float[500][8];
        for (float[] row : signal) {
            for (int s = 0; s < row.length; s++) {
                row[s] = (float) random.nextGaussian();
            }
        }
        NewExperimentWizard wizard = openWizard();
        wizard.page().setFromSynthetic(false);
        int seed = 10;
        for (int dimension : new int[] { 32, 48, 64 }) {
            wizard.page().addSource(npy(folder.resolve("m" + dimension + ".npy"),
                    representation(seed++, signal, dimension)));
        }
        wizard.page().setFromSynthetic(false);
        assertTrue(wizard.canFinish(), String.valueOf(wizard.page().getErrorMessage()));
        List<String> fitted = wizard.page().fittedDefaults();
        assertTrue(fitted.stream().anyMatch(n -> n.startsWith("metric svcca_100 left out") && n.contains("dimension 32")),
                fitted.toString());
        assertTrue(fitted.stream().anyMatch(n -> n.startsWith("subsample size 400")), fitted.toString());
        assertTrue(fitted.stream().anyMatch(n -> n.startsWith("SAE batch size 500")), fitted.toString());
        assertTrue(wizard.page().fittedDefaultsText().contains("svcca_100 left out"), "listed on the page");
        assertEquals(org.eclipse.jface.dialogs.IMessageProvider.WARNING, wizard.page().getMessageType());
        assertTrue(wizard.page().getMessage().contains(fitted.size() + " defaults were changed"),
                wizard.page().getMessage());
        assertTrue(wizard.performFinish());

        Path file = wizard.created().getLocation().toFile().toPath();
        Experiment experiment = ExperimentFiles.load(file);
        assertFalse(experiment.getMetrics().stream().anyMatch(m -> m.getId().equals("svcca_100")));
        List<org.eclipse.emf.common.util.Diagnostic> problems = org.repalign.model.validation.ExperimentValidator
                .validate(experiment, file, new org.repalign.analysis.experiment.ReaderSourceShapes());
        assertTrue(problems.isEmpty(), problems.stream().map(d -> d.getMessage()).toList().toString());

        ExperimentEditor editor = (ExperimentEditor) PlatformUI.getWorkbench().getActiveWorkbenchWindow()
                .getActivePage().getActiveEditor();
        assertTrue(editor.problems().isEmpty(), editor.problems().toString());
        assertTrue(editor.runButton().isEnabled());
        org.repalign.analysis.run.ExperimentJob job = org.repalign.editor.internal.RunExperimentHandler.run(editor);
        assertNotNull(job, String.valueOf(editor.getHeaderMessage()));
        org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
        long deadline = System.currentTimeMillis() + 120_000;
        while (job.getResult() == null && System.currentTimeMillis() < deadline) {
            while (display.readAndDispatch()) {
                // keep the UI going while the job runs
            }
            Thread.sleep(20);
        }
        assertNotNull(job.getResult(), "the run ends");
        assertEquals(org.eclipse.core.runtime.IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
        assertTrue(Files.isRegularFile(job.outcome().reportFile()));
    }
}
