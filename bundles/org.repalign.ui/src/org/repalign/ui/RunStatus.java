package org.repalign.ui;

import java.util.Locale;

/** Where a run stands, as the Runs view shows it. */
public enum RunStatus {
    /** started in this workbench and still going */
    RUNNING,
    /** its folder holds a report */
    FINISHED,
    /** stopped by an error; nothing was written */
    FAILED,
    /** cancelled by the user; nothing was written */
    CANCELLED,
    /** a run folder without a report, e.g. left by a run that was killed while writing */
    INCOMPLETE;

    /** @return the status in lower case, as shown */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
