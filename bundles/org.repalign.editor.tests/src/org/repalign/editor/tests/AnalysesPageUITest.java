package org.repalign.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repalign.analysis.modules.AnalysisFactory;
import org.repalign.analysis.modules.AnalysisRegistry;
import org.repalign.editor.ExperimentEditor;
import org.repalign.editor.internal.AnalysesPage;
import org.repalign.model.MetaAnalysis;
import org.repalign.model.NoiseAnalysis;
import org.repalign.model.ProbeAnalysis;

/**
 * The Analyses page is built from the analyses' declarations: a section per built-in analysis
 * with its label and description, a field per declared setting with its help, range and default
 * in the tooltip, bound to the model attribute of the same name through undoable commands.
 */
class AnalysesPageUITest {

    private EditorFixture fixture;
    private ExperimentEditor editor;
    private AnalysesPage page;

    @BeforeEach
    void open() throws Exception {
        fixture = EditorFixture.openDemo();
        editor = fixture.editor;
        page = (AnalysesPage) editor.setActivePage(ExperimentEditor.ANALYSES_PAGE);
        EditorFixture.drainEvents();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void everyBuiltInAnalysisShowsItsLabelDescriptionAndSettings() {
        List<Section> sections = new ArrayList<>();
        collect(page.getManagedForm().getForm().getBody(), sections);
        List<String> titles = sections.stream().map(Section::getText).toList();
        for (AnalysisFactory factory : AnalysisRegistry.installed().builtIns()) {
            Section section = sections.stream().filter(s -> s.getText().equals(factory.name())).findFirst()
                    .orElseThrow(() -> new AssertionError(factory.name() + " not among " + titles));
            assertEquals(factory.description(), section.getDescription());
            assertTrue(section.isVisible());
            for (var declared : factory.settings()) {
                Control field = page.settingField(factory.id(), declared.name());
                assertTrue(field != null && !field.isDisposed(), factory.id() + "." + declared.name());
                assertTrue(field.getToolTipText().contains(declared.range()), field.getToolTipText());
            }
        }
        assertEquals(List.of("Bias", "Noise", "Signal", "Feature matching", "Meta", "Probes", "Contributed analyses"),
                titles, "in the registry's order, the contributed analyses last");
    }

    @Test
    void aDeclaredIntegerSettingIsTypedCheckedAndUndone() {
        NoiseAnalysis noise = editor.getExperiment().getAnalyses().stream().filter(NoiseAnalysis.class::isInstance)
                .map(NoiseAnalysis.class::cast).findFirst().orElseThrow();
        Text windowSize = assertInstanceOf(Text.class, page.settingField("noise", "windowSize"));
        String tip = windowSize.getToolTipText();
        assertTrue(tip.startsWith("Items per window."), tip);
        assertTrue(tip.contains("Allowed: [2, ∞)"), tip);
        assertTrue(tip.contains("Default: 500"), tip);
        assertEquals(String.valueOf(noise.getWindowSize()), windowSize.getText());

        EditorFixture.type(windowSize, "321");
        assertEquals(321, noise.getWindowSize());
        assertTrue(editor.isDirty());
        editor.undoAction().run();
        EditorFixture.drainEvents();
        assertEquals(String.valueOf(noise.getWindowSize()), windowSize.getText(), "the field follows undo");
        assertFalse(editor.isDirty());
    }

    @Test
    void choicesAndChecksAreTheDeclaredOnes() {
        Combo preprocessing = assertInstanceOf(Combo.class, page.settingField("noise", "preprocessing"));
        assertEquals(List.of("none", "raw", "centered", "clamp"), List.of(preprocessing.getItems()));
        assertTrue(preprocessing.getToolTipText().contains("One of: none, raw, centered, clamp"));
        Button binary = assertInstanceOf(Button.class, page.settingField("features", "binary"));
        assertTrue((binary.getStyle() & SWT.CHECK) != 0);
        assertEquals("Binary", binary.getText());
        assertTrue(binary.getToolTipText().contains("Default: true"), binary.getToolTipText());
        ProbeAnalysis probes = editor.getExperiment().getAnalyses().stream().filter(ProbeAnalysis.class::isInstance)
                .map(ProbeAnalysis.class::cast).findFirst().orElseThrow();
        EditorFixture.type(assertInstanceOf(Text.class, page.settingField("probes", "l2")), "0.25");
        assertEquals(0.25, probes.getL2());
    }

    @Test
    void aListOfNumbersIsCheckedAgainstItsDeclaredRange() {
        MetaAnalysis meta = editor.getExperiment().getAnalyses().stream().filter(MetaAnalysis.class::isInstance)
                .map(MetaAnalysis.class::cast).findFirst().orElseThrow();
        Text lambdas = assertInstanceOf(Text.class, page.settingField("meta", "lambdas"));
        assertTrue(lambdas.getToolTipText().contains("Default: the analysis' own"), lambdas.getToolTipText());

        lambdas.setText("0.5, 2");
        lambdas.notifyListeners(SWT.DefaultSelection, new Event());
        EditorFixture.drainEvents();
        assertEquals(List.of(0.5, 2.0), meta.getLambdas());

        EditorFixture.type(lambdas, "1, 0");
        assertEquals(List.of(0.5, 2.0), meta.getLambdas(), "a penalty of 0 is not taken");
        assertTrue(lambdas.getToolTipText().startsWith("setting lambdas: 0 is outside (0, ∞)"),
                lambdas.getToolTipText());

        editor.undoAction().run();
        EditorFixture.drainEvents();
        assertTrue(meta.getLambdas().isEmpty(), "undo restores the default list");
    }

    private static void collect(Composite parent, List<Section> sections) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Section section) {
                sections.add(section);
            }
            if (child instanceof Composite composite) {
                collect(composite, sections);
            }
        }
    }
}
