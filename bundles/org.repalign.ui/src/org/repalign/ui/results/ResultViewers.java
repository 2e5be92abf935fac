package org.repalign.ui.results;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.repalign.compute.extension.ContributionProblems;

/**
 * The viewers contributed to {@code org.repalign.ui.resultViewers}, by table name. A
 * declaration without a table name, a second viewer for a taken table name or a class that
 * cannot be created is reported once with the contributing bundle and skipped (the table is
 * then shown as a plain table).
 */
public final class ResultViewers {

    /** The extension point id. */
    public static final String POINT = "org.repalign.ui.resultViewers";

    private final Map<String, IConfigurationElement> byTable = new LinkedHashMap<>();

    /** Reads the extension point. */
    public ResultViewers() {
        if (Platform.getExtensionRegistry() == null) {
            return;
        }
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(POINT)) {
            String table = element.getAttribute("table");
            String contributor = element.getContributor().getName();
            if (table == null || table.isBlank()) {
                ContributionProblems.report(contributor, "result viewer without a table name skipped");
            } else if (byTable.putIfAbsent(table, element) != null) {
                ContributionProblems.report(contributor, "result viewer for table '" + table
                        + "' skipped: the table already has a viewer");
            }
        }
    }

    /** @return the table names that have a viewer, in registry order */
    public java.util.Set<String> tables() {
        return java.util.Collections.unmodifiableSet(byTable.keySet());
    }

    /**
     * @param table a table name
     * @return a new viewer for it, or empty when there is none or it cannot be created (reported)
     */
    public Optional<ResultViewer> create(String table) {
        IConfigurationElement element = byTable.get(table);
        if (element == null) {
            return Optional.empty();
        }
        try {
            Object viewer = element.createExecutableExtension("class");
            if (viewer instanceof ResultViewer resultViewer) {
                return Optional.of(resultViewer);
            }
            ContributionProblems.report(element.getContributor().getName(), "result viewer for table '" + table
                    + "' skipped: " + viewer.getClass().getName() + " is not a ResultViewer");
        } catch (CoreException | RuntimeException | LinkageError e) {
            ContributionProblems.report(element.getContributor().getName(), "result viewer for table '" + table
                    + "' skipped: " + e.getMessage());
        }
        return Optional.empty();
    }
}
