package org.repalign.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repalign.analysis.modules.Analysis;
import org.repalign.analysis.modules.AnalysisFactory;
import org.repalign.analysis.modules.AnalysisRegistry;
import org.repalign.analysis.modules.SettingDeclaration;
import org.repalign.analysis.results.TableSchema;
import org.repalign.compute.extension.Contribution;
import org.repalign.editor.ExperimentEditor;
import org.repalign.editor.internal.AnalysesPage;
import org.repalign.editor.internal.DeclaredSettingsTable;
import org.repalign.model.ContributedAnalysis;
import org.repalign.model.ExperimentFiles;

/** The Analyses page adds a contributed analysis and edits its declared settings through commands. */
class ContributedAnalysesUITest {

    private static final String ID = "editor_test_histogram";

    /**
     * The row of the test analysis' table.
     *
     * @param bin   the bin
     * @param count items in it
     */
    private record Count(int bin, int count) {
    }

    private EditorFixture fixture;
    private ExperimentEditor editor;

    @BeforeAll
    static void contributeAnAnalysis() {
        AnalysisRegistry.installed().contribute(new Contribution<>(new AnalysisFactory() {
            @Override
            public String id() {
                return ID;
            }

            @Override
            public String name() {
                return "Histogram (test)";
            }

            @Override
            public List<SettingDeclaration> settings() {
                return List.of(SettingDeclaration.integer("bins", 10, 2, 100, "number of bins"));
            }

            @Override
            public List<TableSchema<?>> tables() {
                return List.of(TableSchema.of("counts", Count.class));
            }

            @Override
            public Analysis create(Map<String, String> settings) {
                throw new UnsupportedOperationException("not run in this test");
            }
        }, "org.repalign.editor.tests"));
    }

    @BeforeEach
    void open() throws Exception {
        fixture = EditorFixture.openDemo();
        editor = fixture.editor;
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void aContributedAnalysisIsAddedAndItsSettingsCheckedAndUndone() throws Exception {
        AnalysesPage page = (AnalysesPage) editor.setActivePage(ExperimentEditor.ANALYSES_PAGE);
        assertTrue(Arrays.asList(page.contributedChoice().getItems()).contains(ID), "the registered id is offered");
        page.contributedChoice().select(page.contributedChoice().indexOf(ID));
        org.eclipse.swt.widgets.Button add = Arrays.stream(page.contributedChoice().getParent().getChildren())
                .filter(c -> c instanceof org.eclipse.swt.widgets.Button b && "Add".equals(b.getText()))
                .map(org.eclipse.swt.widgets.Button.class::cast).findFirst().orElseThrow();
        EditorFixture.click(add);

        ContributedAnalysis added = assertInstanceOf(ContributedAnalysis.class,
                editor.getExperiment().getAnalyses().get(editor.getExperiment().getAnalyses().size() - 1));
        assertEquals(ID, added.getAnalysisId());
        assertTrue(added.isEnabled());
        assertEquals(1, page.contributedAnalyses().getTable().getItemCount());
        assertTrue(page.contributedAnalyses().getTable().getItem(0).getText().startsWith(ID + " (Histogram (test))"));

        DeclaredSettingsTable settings = page.contributedSettings();
        assertEquals(List.of("bins"), settings.rows().stream().map(r -> r.declaration().name()).toList());
        assertFalse(settings.set(settings.rows().get(0), "1"), "below the declared minimum");
        assertTrue(editor.getHeaderMessage().contains("analysis " + ID + ", bins"), editor.getHeaderMessage());
        assertTrue(added.getSettings().isEmpty());
        assertTrue(settings.set(settings.rows().get(0), "25"));
        assertEquals("bins", added.getSettings().get(0).getName());
        assertEquals("25", added.getSettings().get(0).getValue());
        assertEquals("25", settings.rows().get(0).text(), "the table follows the model");

        editor.doSave(null);
        ContributedAnalysis saved = ExperimentFiles.load(fixture.path()).getAnalyses().stream()
                .filter(ContributedAnalysis.class::isInstance).map(ContributedAnalysis.class::cast).findFirst().orElseThrow();
        assertEquals("25", saved.getSettings().get(0).getValue());

        editor.undoAction().run();
        assertTrue(added.getSettings().isEmpty(), "undo removes the setting");
        editor.undoAction().run();
        assertFalse(editor.getExperiment().getAnalyses().contains(added), "undo removes the analysis");
        assertEquals(0, page.contributedAnalyses().getTable().getItemCount());
    }
}
