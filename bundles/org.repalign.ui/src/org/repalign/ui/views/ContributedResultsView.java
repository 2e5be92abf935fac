package org.repalign.ui.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.results.RunResults;
import org.repalign.ui.internal.AtomicExportFile;
import org.repalign.ui.internal.RowsTable;
import org.repalign.ui.internal.RunResultsView;
import org.repalign.ui.results.ResultTableFile;
import org.repalign.ui.results.ResultViewer;
import org.repalign.ui.results.ResultViewers;

/**
 * The tables of contributed analyses in the selected run: pick one in the combo; it is shown by
 * the viewer contributed for its table name ({@code org.repalign.ui.resultViewers}) or, without
 * one, as a plain table. Export writes the table's CSV.
 */
public final class ContributedResultsView extends RunResultsView {

    /** The view id. */
    public static final String ID = "org.repalign.ui.views.contributedResults";

    private final ResultViewers viewers = new ResultViewers();
    private final Map<String, ResultViewer> createdViewers = new HashMap<>();
    private final Map<String, Control> viewerControls = new HashMap<>();
    private final List<String[]> choices = new ArrayList<>();
    private Combo combo;
    private Composite stack;
    private StackLayout stackLayout;
    private RowsTable plainTable;
    private Composite plainHolder;
    private Label message;
    private ResultTableFile shown;

    @Override
    protected void createContents(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        new Label(parent, SWT.NONE).setText("Table:");
        combo = new Combo(parent, SWT.READ_ONLY);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        combo.addListener(SWT.Selection, event -> showSelected());
        message = new Label(parent, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        stack = new Composite(parent, SWT.NONE);
        stack.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        stackLayout = new StackLayout();
        stack.setLayout(stackLayout);
        plainHolder = new Composite(stack, SWT.NONE);
        plainHolder.setLayout(new FillLayout());
        plainTable = new RowsTable(plainHolder);
    }

    @Override
    protected void update(RunResults results) {
        choices.clear();
        if (results != null) {
            for (String analysis : results.analyses()) {
                if (!AnalysisSettings.IDS.contains(analysis)) {
                    for (String table : tableNames(results.folder(), analysis)) {
                        choices.add(new String[] {analysis, table});
                    }
                }
            }
        }
        combo.setItems(choices.stream().map(c -> c[0] + " \u00b7 " + c[1]).toArray(String[]::new));
        combo.getParent().layout(true, true);
        if (choices.isEmpty()) {
            shown = null;
            message.setText(results == null ? "Select a run in the Runs view."
                    : "This run has no tables of contributed analyses.");
            stackLayout.topControl = null;
            stack.layout();
            return;
        }
        combo.select(0);
        showSelected();
    }

    /** @return the names of the tables shown in the combo, as {@code analysis · table} */
    public List<String> tableChoices() {
        return List.of(combo.getItems());
    }

    /** @return whether the table shown has a contributed viewer */
    public boolean showsContributedViewer() {
        return stackLayout.topControl != null && stackLayout.topControl != plainHolder;
    }

    private void showSelected() {
        int index = combo.getSelectionIndex();
        if (index < 0 || getRun() == null) {
            return;
        }
        String[] choice = choices.get(index);
        try {
            shown = ResultTableFile.read(getRun().folder(), choice[0], choice[1]);
        } catch (IOException e) {
            shown = null;
            message.setText(e.getMessage());
            stackLayout.topControl = null;
            stack.layout();
            return;
        }
        message.setText(shown.rows().size() + " rows from " + shown.file().getFileName());
        ResultViewer viewer = viewer(choice[1]);
        if (viewer != null) {
            viewer.show(shown);
            stackLayout.topControl = viewerControls.get(choice[1]);
        } else {
            List<Object[]> rows = new ArrayList<>();
            for (List<String> row : shown.rows()) {
                rows.add(row.toArray());
            }
            plainTable.setRows(shown.columns(), rows);
            stackLayout.topControl = plainHolder;
        }
        stack.layout(true, true);
    }

    private ResultViewer viewer(String table) {
        if (createdViewers.containsKey(table)) {
            return createdViewers.get(table);
        }
        ResultViewer viewer = viewers.create(table).orElse(null);
        if (viewer != null) {
            Composite holder = new Composite(stack, SWT.NONE);
            holder.setLayout(new FillLayout());
            viewer.createControl(holder);
            offerExport(holder);
            viewerControls.put(table, holder);
        }
        createdViewers.put(table, viewer);
        return viewer;
    }

    private static List<String> tableNames(Path folder, String analysis) {
        String prefix = analysis + "-";
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith(prefix) && n.endsWith(".csv") && n.length() > prefix.length() + 4)
                    .map(n -> n.substring(prefix.length(), n.length() - 4)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public void export(Path file) throws IOException {
        if (!"csv".equals(extension(file))) {
            throw unsupported(file);
        }
        if (shown == null) {
            throw new IOException("no table is shown");
        }
        AtomicExportFile.writeText(file, Files.readString(shown.file(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    protected String[] exportExtensions() {
        return new String[] {"csv"};
    }

    @Override
    public void setFocus() {
        combo.setFocus();
    }
}
