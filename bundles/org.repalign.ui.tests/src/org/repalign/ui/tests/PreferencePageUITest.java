package org.repalign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.ui.preferences.RepAlignPreferencePage;
import org.repalign.ui.preferences.RepAlignPreferences;

/** Window &gt; Preferences &gt; RepAlign stores what its field editors show. */
class PreferencePageUITest {

    @TempDir
    Path folder;

    private PreferenceDialog dialog;

    @AfterEach
    void restore() {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        IPreferenceStore store = RepAlignPreferences.store();
        for (String key : new String[] { RepAlignPreferences.SEED, RepAlignPreferences.RESULTS_MODE,
                RepAlignPreferences.RESULTS_LOCATION, RepAlignPreferences.BLAS_THREADS }) {
            store.setToDefault(key);
        }
    }

    private RepAlignPreferencePage open() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        dialog = PreferencesUtil.createPreferenceDialogOn(shell, RepAlignPreferencePage.ID,
                new String[] { RepAlignPreferencePage.ID }, null);
        assertNotNull(dialog, "the RepAlign preference page is registered");
        dialog.setBlockOnOpen(false);
        dialog.open();
        while (Display.getCurrent().readAndDispatch()) {
            // let the dialog lay out
        }
        return assertInstanceOf(RepAlignPreferencePage.class, dialog.getSelectedPage());
    }

    @Test
    void defaults() {
        assertEquals(RepAlignPreferences.DEFAULT_SEED, RepAlignPreferences.seed());
        assertEquals(0, RepAlignPreferences.blasThreads());
        Path file = folder.resolve("x.repalign");
        assertEquals(folder.resolve("x.results"), RepAlignPreferences.resultsFolder(file));
    }

    @Test
    void theFieldEditorsWriteTheStore() {
        RepAlignPreferencePage page = open();
        page.seedField().setStringValue("4242");
        page.blasThreadsField().setStringValue("2");
        page.resultsFolderField().setStringValue(folder.toString());
        Button fixed = radio(page, "In a fixed folder:");
        fixed.setSelection(true);
        fixed.notifyListeners(SWT.Selection, null);
        assertTrue(page.isValid(), page.getErrorMessage());
        assertTrue(page.performOk());

        IPreferenceStore store = RepAlignPreferences.store();
        assertEquals(4242L, store.getLong(RepAlignPreferences.SEED));
        assertEquals(4242L, RepAlignPreferences.seed());
        assertEquals(2, RepAlignPreferences.blasThreads());
        assertEquals(RepAlignPreferences.RESULTS_FOLDER, store.getString(RepAlignPreferences.RESULTS_MODE));
        assertEquals(folder, RepAlignPreferences.resultsFolder(folder.resolve("elsewhere/x.repalign")));
        assertTrue(find(dialog.getShell(), "Now: ") != null, "the page shows the current BLAS threads");
    }

    private static Button radio(RepAlignPreferencePage page, String text) {
        Control found = find(page.getControl(), text);
        return assertInstanceOf(Button.class, found, text);
    }

    private static Control find(Control control, String prefix) {
        if (control instanceof Button button && button.getText().startsWith(prefix)
                || control instanceof Label label && label.getText().startsWith(prefix)) {
            return control;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Control found = find(child, prefix);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
