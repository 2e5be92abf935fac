package org.repalign.ui.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.repalign.analysis.results.RunResults;
import org.repalign.compute.extension.ContributionProblems;
import org.repalign.ui.providers.DataProvider;

/**
 * The viewers contributed to {@code org.repalign.ui.resultViewers}, keyed by analysis id: for
 * an analysis, the views that show it ({@link ViewerEntry#view()}, the built-in views among
 * them), the data provider that reads it, and by table name the embedded {@link ResultViewer}s
 * the generic viewer uses. An analysis without a view of its own is shown by the generic viewer
 * ({@link #GENERIC_VIEW}).
 * <p>
 * A declaration with neither an analysis nor a table, with neither a view nor a class, a second
 * embedded viewer for a taken table name, or a class that cannot be created is reported once
 * with the contributing bundle and skipped.
 */
public final class ResultViewers {

    /** The extension point id. */
    public static final String POINT = "org.repalign.ui.resultViewers";

    /** The generic table and chart viewer: shows the tables of any analysis. */
    public static final String GENERIC_VIEW = "org.repalign.ui.views.contributedResults";

    private final List<ViewerEntry> entries = new ArrayList<>();
    private final Map<String, IConfigurationElement> byTable = new LinkedHashMap<>();
    private final Map<String, IConfigurationElement> providers = new LinkedHashMap<>();
    private final Map<String, DataProvider> createdProviders = new LinkedHashMap<>();

    /** Reads the extension point. */
    public ResultViewers() {
        if (Platform.getExtensionRegistry() == null) {
            return;
        }
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(POINT)) {
            read(element);
        }
    }

    private void read(IConfigurationElement element) {
        String contributor = element.getContributor().getName();
        String analysis = blankToNull(element.getAttribute("analysis"));
        String table = blankToNull(element.getAttribute("table"));
        String view = blankToNull(element.getAttribute("view"));
        String type = blankToNull(element.getAttribute("class"));
        if (analysis == null && table == null) {
            ContributionProblems.report(contributor, "result viewer without an analysis or a table name skipped");
            return;
        }
        if (view == null && type == null && element.getAttribute("provider") == null) {
            ContributionProblems.report(contributor, "result viewer for " + describe(analysis, table)
                    + " skipped: it names no view, class or provider");
            return;
        }
        if (type != null && table != null && byTable.putIfAbsent(table, element) != null) {
            ContributionProblems.report(contributor, "result viewer for table '" + table
                    + "' skipped: the table already has a viewer");
            return;
        }
        if (analysis != null && element.getAttribute("provider") != null
                && providers.putIfAbsent(analysis, element) != null) {
            ContributionProblems.report(contributor, "data provider for analysis '" + analysis
                    + "' skipped: the analysis already has one");
        }
        if (view != null || type != null) {
            String name = element.getAttribute("name");
            entries.add(new ViewerEntry(analysis, table, view, name == null || name.isBlank() ? view : name,
                    element.getAttribute("icon"), contributor));
        }
    }

    private static String describe(String analysis, String table) {
        return analysis != null ? "analysis '" + analysis + "'" : "table '" + table + "'";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** @return every viewer declaration read, in registry order */
    public List<ViewerEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /**
     * @param analysis an analysis id
     * @return the views that show it (declarations with a view id), in registry order; empty
     *         when the generic viewer shows it
     */
    public List<ViewerEntry> views(String analysis) {
        return entries.stream().filter(e -> analysis.equals(e.analysis()) && e.view() != null).toList();
    }

    /**
     * @param analysis an analysis id
     * @return whether a view of its own shows it (else the generic viewer does)
     */
    public boolean hasOwnView(String analysis) {
        return !views(analysis).isEmpty();
    }

    /**
     * What "Show in" offers for a run: per analysis of the run in the run's order, its own views
     * or, without one, the generic viewer.
     *
     * @param run a run
     * @return analysis id → the views that show it, in the run's order of analyses
     */
    public Map<String, List<ViewerEntry>> viewsFor(RunResults run) {
        Map<String, List<ViewerEntry>> out = new LinkedHashMap<>();
        for (String analysis : run.analyses()) {
            List<ViewerEntry> own = views(analysis);
            out.put(analysis, own.isEmpty() ? List.of(ViewerEntry.generic(analysis)) : own);
        }
        return out;
    }

    /**
     * @param run a run
     * @return the view to bring to the front for the run: the first view of its first analysis
     *         (the generic viewer when that analysis has none); empty for a run without analyses
     */
    public Optional<ViewerEntry> primaryView(RunResults run) {
        return viewsFor(run).values().stream().flatMap(List::stream).findFirst();
    }

    /**
     * The data provider registered for an analysis, created once per registry.
     *
     * @param <P>      the provider type
     * @param analysis an analysis id
     * @param type     the provider type the caller reads with
     * @return the provider, or empty when none is registered, it cannot be created (reported) or is of another type
     */
    public <P extends DataProvider> Optional<P> provider(String analysis, Class<P> type) {
        DataProvider provider = createdProviders.get(analysis);
        if (provider == null && !createdProviders.containsKey(analysis)) {
            provider = createProvider(analysis);
            createdProviders.put(analysis, provider);
        }
        return type.isInstance(provider) ? Optional.of(type.cast(provider)) : Optional.empty();
    }

    private DataProvider createProvider(String analysis) {
        IConfigurationElement element = providers.get(analysis);
        if (element == null) {
            return null;
        }
        try {
            Object provider = element.createExecutableExtension("provider");
            if (provider instanceof DataProvider dataProvider) {
                return dataProvider;
            }
            ContributionProblems.report(element.getContributor().getName(), "data provider for analysis '"
                    + analysis + "' skipped: " + provider.getClass().getName() + " is not a DataProvider");
        } catch (CoreException | RuntimeException | LinkageError e) {
            ContributionProblems.report(element.getContributor().getName(), "data provider for analysis '"
                    + analysis + "' skipped: " + e.getMessage());
        }
        return null;
    }

    /** @return the table names that have an embedded viewer, in registry order */
    public Set<String> tables() {
        return Collections.unmodifiableSet(byTable.keySet());
    }

    /**
     * @param table a table name
     * @return a new embedded viewer for it, or empty when there is none or it cannot be created (reported)
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

    /**
     * @param analysis an analysis id
     * @param table    one of its table names
     * @return whether an embedded viewer is declared for the table (for the analysis, or for any analysis)
     */
    public boolean hasEmbeddedViewer(String analysis, String table) {
        IConfigurationElement element = byTable.get(table);
        if (element == null) {
            return false;
        }
        String declared = blankToNull(element.getAttribute("analysis"));
        return declared == null || declared.equals(analysis);
    }
}
