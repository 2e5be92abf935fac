package org.repalign.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PlatformUI;

/**
 * The Export… action of a view's toolbar and context menu: asks for a file among the view's formats (the
 * extension picks the format, the chosen filter's when the name has none) and reports a failure
 * in a dialog.
 */
public final class ExportAction extends Action {

    /** Writes what a view shows. */
    @FunctionalInterface
    public interface Exporter {
        /**
         * @param file target file; its extension is one of the offered formats
         * @throws IOException when writing fails
         */
        void export(Path file) throws IOException;
    }

    private final IViewSite site;
    private final String[] extensions;
    private final Exporter exporter;
    private MenuManager menuManager;
    private Menu menu;

    /**
     * @param site       the view's site
     * @param extensions the formats offered, without dots
     * @param exporter   writes the file
     */
    public ExportAction(IViewSite site, String[] extensions, Exporter exporter) {
        super("Export\u2026");
        this.site = site;
        this.extensions = extensions.clone();
        this.exporter = exporter;
        setToolTipText("Export as " + String.join(", ", extensions).toUpperCase(Locale.ROOT));
        setImageDescriptor(
                PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
    }

    /**
     * Adds the action to the view's toolbar.
     *
     * @return this action
     */
    public ExportAction addToToolBar() {
        site.getActionBars().getToolBarManager().add(this);
        return this;
    }

    /**
     * Offers the action in the context menu of the view's charts, maps and tables: every control
     * below {@code contents} except the choosers (combo boxes, texts, buttons), which keep their
     * own menus. The menu is made when it is asked for, in the shell the view is in then (a
     * workbench part may be created in one shell and shown in another).
     *
     * @param contents the view's top composite with its controls created, or a control the view
     *                 adds later
     * @return this action
     */
    public ExportAction addToContextMenu(Control contents) {
        attach(contents);
        contents.addDisposeListener(e -> {
            if (menuManager != null) {
                menuManager.dispose();
            }
        });
        return this;
    }

    private void attach(Control control) {
        if (control instanceof Combo || control instanceof Text || control instanceof Button) {
            return;
        }
        control.addListener(SWT.MenuDetect, e -> control.setMenu(menuFor(control)));
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                attach(child);
            }
        }
    }

    /**
     * @param control a control of the view
     * @return the context menu, made anew when the view's shell changed
     */
    public Menu menuFor(Control control) {
        if (menu == null || menu.isDisposed() || menu.getShell() != control.getShell()) {
            if (menuManager != null) {
                menuManager.dispose();
            }
            menuManager = new MenuManager();
            menuManager.add(this);
            menu = menuManager.createContextMenu(control);
        }
        return menu;
    }

    /**
     * @param file a file
     * @return its extension in lower case, without the dot
     */
    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public void run() {
        FileDialog dialog = new FileDialog(site.getShell(), SWT.SAVE);
        String[] filters = new String[extensions.length];
        for (int i = 0; i < extensions.length; i++) {
            filters[i] = "*." + extensions[i];
        }
        dialog.setFilterExtensions(filters);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen);
        if (extension(file).isEmpty()) {
            file = Path.of(chosen + "." + extensions[Math.max(0, dialog.getFilterIndex())]);
        }
        try {
            exporter.export(file);
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(site.getShell(), "Export failed", e.getMessage());
        }
    }
}
