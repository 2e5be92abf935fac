package org.repalign.rcp.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.framework.FrameworkUtil;
import org.repalign.compute.runtime.ComputeEnvironment;
import org.repalign.compute.runtime.Nd4jRuntime;

/**
 * Help > About RepAlign: the version and the compute environment (Java, ND4J and its backend,
 * BLAS library and threads). ND4J is started in a background job, never on the UI thread; the
 * table is filled in when it is ready. Copy puts the facts on the clipboard for a bug report.
 */
public final class AboutDialog extends Dialog {

    /** Shown while ND4J starts. */
    static final String READING = "starting ND4J…";

    private static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;

    private Image logo;
    private Table facts;
    private Job environmentJob;

    /** @param parent the parent shell */
    public AboutDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("About RepAlign");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(16, 8).applyTo(area);
        logo = ImageDescriptor.createFromURL(AboutDialog.class.getResource("/icons/repalign64.png")).createImage(false);
        Label image = new Label(area, SWT.NONE);
        if (logo != null) {
            image.setImage(logo);
        }
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(image);
        Label text = new Label(area, SWT.WRAP);
        text.setText("RepAlign " + version() + "\n\nCompares the representations of neural networks: alignment "
                + "metrics, their calibration against noise, and sparse-autoencoder features.");
        GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(text);
        Label heading = new Label(area, SWT.NONE);
        heading.setText("Compute environment:");
        GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(heading);
        facts = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
        facts.setHeaderVisible(false);
        facts.setLinesVisible(true);
        new TableColumn(facts, SWT.LEFT);
        new TableColumn(facts, SWT.LEFT);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 200).applyTo(facts);
        show(List.of(new String[] { "Java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
                + ")" }, new String[] { "ND4J", READING }));
        readEnvironment();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, COPY_ID, "&Copy", false);
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == COPY_ID) {
            Clipboard clipboard = new Clipboard(getShell().getDisplay());
            try {
                clipboard.setContents(new Object[] { factsText() }, new Transfer[] { TextTransfer.getInstance() });
            } finally {
                clipboard.dispose();
            }
            return;
        }
        super.buttonPressed(buttonId);
    }

    /** @return the facts shown, one "name: value" line each */
    public String factsText() {
        StringBuilder text = new StringBuilder("RepAlign " + version() + "\n");
        for (TableItem item : facts.getItems()) {
            text.append(item.getText(0)).append(": ").append(item.getText(1)).append('\n');
        }
        return text.toString();
    }

    /** @return the table of facts */
    public Table facts() {
        return facts;
    }

    /** @return the job reading the compute environment */
    public Job environmentJob() {
        return environmentJob;
    }

    private void readEnvironment() {
        environmentJob = Job.create("Reading the compute environment", (IProgressMonitor monitor) -> {
            List<String[]> rows;
            try {
                rows = rows(Nd4jRuntime.environment());
            } catch (RuntimeException | LinkageError e) {
                rows = List.of(new String[] { "Java", System.getProperty("java.version") },
                        new String[] { "ND4J", "could not start: " + e.getMessage() });
            }
            List<String[]> shown = rows;
            if (!facts.isDisposed()) {
                facts.getDisplay().asyncExec(() -> show(shown));
            }
            return Status.OK_STATUS;
        });
        environmentJob.setSystem(true);
        environmentJob.schedule();
    }

    private static List<String[]> rows(ComputeEnvironment environment) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] { "Java", environment.javaVersion() + " (" + environment.javaVendor() + ")" });
        rows.add(new String[] { "Operating system", environment.osName() });
        rows.add(new String[] { "ND4J", environment.nd4jVersion() });
        rows.add(new String[] { "ND4J backend", environment.backendClass() });
        rows.add(new String[] { "BLAS library", environment.blasVendor() });
        rows.add(new String[] { "BLAS threads", String.valueOf(environment.blasThreads()) });
        rows.add(new String[] { "Processors", String.valueOf(environment.processors()) });
        return rows;
    }

    private void show(List<String[]> rows) {
        if (facts == null || facts.isDisposed()) {
            return;
        }
        facts.removeAll();
        for (String[] row : rows) {
            new TableItem(facts, SWT.NONE).setText(row);
        }
        for (TableColumn column : facts.getColumns()) {
            column.pack();
        }
    }

    private static String version() {
        var bundle = FrameworkUtil.getBundle(AboutDialog.class);
        return bundle == null ? "development" : bundle.getVersion().toString();
    }

    @Override
    public boolean close() {
        boolean closed = super.close();
        if (closed && logo != null) {
            logo.dispose();
        }
        return closed;
    }
}
