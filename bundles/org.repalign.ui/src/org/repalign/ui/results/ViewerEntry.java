package org.repalign.ui.results;

/**
 * One viewer declaration of {@code org.repalign.ui.resultViewers}, as the workbench offers it.
 *
 * @param analysis    the analysis id it shows, or {@code null} for a declaration by table name only
 * @param table       the table name it shows, or {@code null} for all tables of the analysis
 * @param view        the id of the view that shows it, or {@code null} for a viewer embedded in the generic viewer
 * @param name        the label ("Show in" lists it)
 * @param icon        the icon's path in the contributing bundle, or {@code null}
 * @param contributor the contributing bundle's symbolic name
 */
public record ViewerEntry(String analysis, String table, String view, String name, String icon, String contributor) {

    /** Label of the generic viewer. */
    public static final String GENERIC_NAME = "Result Tables";

    /**
     * @param analysis an analysis without a view of its own
     * @return the generic viewer, for that analysis
     */
    public static ViewerEntry generic(String analysis) {
        return new ViewerEntry(analysis, null, ResultViewers.GENERIC_VIEW, GENERIC_NAME, "icons/chart.png",
                "org.repalign.ui");
    }

    /** @return whether this is the generic viewer */
    public boolean isGeneric() {
        return ResultViewers.GENERIC_VIEW.equals(view);
    }
}
