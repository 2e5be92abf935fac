package org.repalign.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repalign.model.ExperimentPackage.Literals.PROTOCOL__SUBSAMPLES;
import static org.repalign.model.ExperimentPackage.Literals.SAE_SETTINGS__K;
import static org.repalign.testing.ui.DisplayWaits.settle;
import static org.repalign.testing.ui.RealInput.clickAt;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repalign.editor.ExperimentEditor;
import org.repalign.editor.internal.ProblemHeader;
import org.repalign.testing.ui.Screenshots;
import org.repalign.testing.ui.WorkspaceLog;

/**
 * Every problem is listed from the editor's header, each entry shows its field, and Run is
 * disabled with the reason while there are errors: driven with real mouse events, a screenshot
 * per step under {@code target/screenshots/problem-header/}.
 */
class ProblemHeaderUITest {

    private static final Path SHOTS = Path.of("target", "screenshots", "problem-header");

    private EditorFixture fixture;
    private ExperimentEditor editor;
    private long logLength;
    private org.eclipse.ui.IPerspectiveDescriptor perspective;

    @BeforeEach
    void openDemo() throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setMaximized(false);
        shell.setBounds(0, 0, 1280, 900);
        // this test reads and clicks the editor's header: a perspective with a visible editor area
        org.eclipse.ui.IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        perspective = page.getPerspective();
        org.eclipse.ui.IPerspectiveDescriptor resources = PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId("org.eclipse.ui.resourcePerspective");
        assertNotNull(resources, "the resource perspective of the IDE application");
        page.setPerspective(resources);
        page.setEditorAreaVisible(true);
        logLength = WorkspaceLog.length();
        fixture = EditorFixture.openDemo();
        editor = fixture.editor;
        editor.getSite().getPage().activate(editor);
        settle(300);
    }

    @AfterEach
    void close() throws Exception {
        if (editor.problemHeader() != null) {
            editor.problemHeader().closeList();
        }
        fixture.close();
        if (perspective != null) {
            PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().setPerspective(perspective);
        }
    }

    @Test
    void everyProblemIsListedAndOpensItsFieldAndRunWaitsForTheErrors() throws Exception {
        assertTrue(editor.problems().isEmpty(), editor.problems().toString());
        assertTrue(editor.runButton().isEnabled(), "a valid experiment can run");
        Point size = editor.getHeaderForm().getForm().getParent().getSize();
        assertTrue(size.x > 400 && size.y > 300, "the editor is on screen: " + size);
        shot("1-valid");

        EditorFixture.type((Text) editor.reveal(editor.getExperiment().getSae(), SAE_SETTINGS__K), "0");
        EditorFixture.type((Text) editor.reveal(editor.getExperiment().getProtocol(), PROTOCOL__SUBSAMPLES), "-1");
        settle(200);
        assertEquals(2, editor.problems().size(), editor.problems().toString());
        String header = editor.getHeaderMessage();
        assertEquals("2 problems (2 errors): click here for the list. Run is disabled until the errors are fixed.",
                header);
        assertFalse(editor.runButton().isEnabled(), "Run waits for the errors");
        assertTrue(editor.runButton().getToolTipText().startsWith("Run is disabled while the experiment has 2 errors"),
                editor.runButton().getToolTipText());
        shot("2-two-errors");

        Hyperlink message = headerLink();
        assertNotNull(message, "the header message is a link");
        assertTrue(message.getSize().x > 20 && message.getSize().y > 5, "the link is drawn: " + message.getSize());
        clickAt(message, 10, message.getSize().y / 2);
        settle(300);
        if (editor.problemHeader().getList() == null) {
            // the keyboard way to the same link: focus on it and Enter
            message.setFocus();
            settle(50);
            for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
                Event key = new Event();
                key.type = type;
                key.keyCode = SWT.CR;
                key.character = '\r';
                message.getDisplay().post(key);
                settle(50);
            }
            settle(300);
        }
        List<Link> links = editor.problemHeader().listedLinks();
        assertEquals(2, links.size(), "one entry per problem; the pointer at "
                + message.getDisplay().getCursorLocation() + " over " + message.getDisplay().getCursorControl()
                + ", the link at " + message.toDisplay(0, 0) + " " + message.getSize() + ", active shell "
                + message.getDisplay().getActiveShell());
        assertTrue(links.get(0).getText().contains("SAE settings \u203a k") || links.get(1).getText()
                .contains("SAE settings \u203a k"), links.get(0).getText() + " / " + links.get(1).getText());
        for (Link link : links) {
            assertTrue(link.isVisible() && link.getSize().y > 5, "listed on screen: " + link.getText());
        }
        shot("3-list");

        Link protocol = links.stream().filter(l -> l.getText().contains("subsamples")).findFirst().orElseThrow();
        clickAt(protocol, 6, protocol.getSize().y / 2);
        settle(300);
        assertNull(editor.problemHeader().getList(), "the list closes");
        assertEquals(ExperimentEditor.METRICS_PAGE, editor.getActivePageInstance().getId());
        Control field = editor.registry().reveal(editor.getExperiment().getProtocol(), PROTOCOL__SUBSAMPLES);
        assertEquals(field, Display.getCurrent().getFocusControl(), "the field of the problem has the focus");
        shot("4-field");

        EditorFixture.type((Text) field, "10");
        EditorFixture.type((Text) editor.reveal(editor.getExperiment().getSae(), SAE_SETTINGS__K), "32");
        assertTrue(editor.problems().isEmpty());
        assertNull(editor.getHeaderMessage());
        assertTrue(editor.runButton().isEnabled(), "Run is back");
        shot("5-fixed");
        assertNoNewLogErrors();
    }

    @Test
    void oneProblemIsShownItself() throws Exception {
        EditorFixture.type((Text) editor.reveal(editor.getExperiment().getSae(), SAE_SETTINGS__K), "0");
        assertEquals(editor.problems().get(0).getMessage() + ". Run is disabled until the error is fixed.",
                editor.getHeaderMessage());
        assertEquals(ProblemHeader.summary(editor.problems()), editor.getHeaderMessage());
    }

    @Test
    void theProblemsOfAFileAsOpenedAreMarkersAtOnce() throws Exception {
        org.repalign.model.Experiment invalid = org.repalign.analysis.experiment.DemoExperiment.create();
        invalid.getSae().setK(0);
        EditorFixture opened = EditorFixture.open(invalid);
        try {
            long deadline = System.currentTimeMillis() + 10_000;
            org.eclipse.core.resources.IMarker[] markers;
            do {
                settle(50);
                markers = opened.file.findMarkers(org.eclipse.core.resources.IMarker.PROBLEM, true, 0);
            } while (markers.length == 0 && System.currentTimeMillis() < deadline);
            assertEquals(1, markers.length, "one marker without saving");
            assertEquals(opened.editor.problems().get(0).getMessage(),
                    markers[0].getAttribute(org.eclipse.core.resources.IMarker.MESSAGE, ""));
            assertFalse(opened.editor.runButton().isEnabled());
        } finally {
            opened.close();
        }
    }

    private Hyperlink headerLink() {
        List<Hyperlink> found = new ArrayList<>();
        collect(editor.getSite().getShell(), found);
        return found.stream().filter(h -> h.isVisible() && h.getText().startsWith("2 problems")).findFirst()
                .orElse(null);
    }

    private static void collect(Control control, List<Hyperlink> found) {
        if (control instanceof Hyperlink link) {
            found.add(link);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, found);
            }
        }
    }

    private void shot(String name) throws IOException {
        Screenshots.ofDisplay(Display.getCurrent(), SHOTS.resolve(name + ".png"));
    }

    private void assertNoNewLogErrors() throws IOException {
        String added = WorkspaceLog.addedSince(logLength);
        assertFalse(added.lines().anyMatch(WorkspaceLog::isErrorEntry), "no error in the log:\n" + added);
    }
}
