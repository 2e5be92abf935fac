package org.repalign.ui.preferences;

import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.repalign.compute.runtime.ComputeEnvironment;
import org.repalign.compute.runtime.Nd4jRuntime;

/**
 * Window &gt; Preferences &gt; RepAlign: the seed of new experiments, the results location of the
 * Run action and the BLAS threads (with the value ND4J uses now); see {@link RepAlignPreferences}.
 */
public class RepAlignPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** The page id. */
    public static final String ID = "org.repalign.ui.preferences";

    private IntegerFieldEditor seed;
    private RadioGroupFieldEditor resultsMode;
    private DirectoryFieldEditor resultsFolder;
    private IntegerFieldEditor blasThreads;

    /** Creates the page with a grid layout. */
    public RepAlignPreferencePage() {
        super(GRID);
        setDescription("Settings of new experiments and runs.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(RepAlignPreferences.store());
    }

    @Override
    protected void createFieldEditors() {
        seed = new IntegerFieldEditor(RepAlignPreferences.SEED, "Seed of new experiments:", getFieldEditorParent(), 18);
        seed.setValidRange(0, Integer.MAX_VALUE);
        addField(seed);
        resultsMode = new RadioGroupFieldEditor(RepAlignPreferences.RESULTS_MODE, "Results of the Run action", 1,
                new String[][] { { "Beside the experiment file (FILE.results/)", RepAlignPreferences.RESULTS_BESIDE },
                        { "In a fixed folder:", RepAlignPreferences.RESULTS_FOLDER } },
                getFieldEditorParent(), true);
        addField(resultsMode);
        resultsFolder = new DirectoryFieldEditor(RepAlignPreferences.RESULTS_LOCATION, "Results folder:",
                getFieldEditorParent());
        resultsFolder.setEmptyStringAllowed(true);
        resultsFolder.setValidateStrategy(StringFieldEditor.VALIDATE_ON_KEY_STROKE);
        addField(resultsFolder);
        blasThreads = new IntegerFieldEditor(RepAlignPreferences.BLAS_THREADS,
                "BLAS threads (0 = default; applied at the next start):", getFieldEditorParent(), 4);
        blasThreads.setValidRange(0, 1024);
        addField(blasThreads);
        Label current = new Label(getFieldEditorParent(), SWT.WRAP);
        current.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        current.setText(currentBlas());
    }

    private static String currentBlas() {
        try {
            ComputeEnvironment environment = Nd4jRuntime.environment();
            return "Now: " + environment.blasThreads() + " BLAS threads (" + environment.blasVendor() + ", "
                    + environment.processors() + " processors).";
        } catch (RuntimeException | LinkageError e) {
            return "Now: unknown (" + e.getMessage() + ").";
        }
    }

    /** @return the seed field */
    public IntegerFieldEditor seedField() {
        return seed;
    }

    /** @return the results location choice */
    public RadioGroupFieldEditor resultsModeField() {
        return resultsMode;
    }

    /** @return the results folder field */
    public DirectoryFieldEditor resultsFolderField() {
        return resultsFolder;
    }

    /** @return the BLAS threads field */
    public IntegerFieldEditor blasThreadsField() {
        return blasThreads;
    }
}
