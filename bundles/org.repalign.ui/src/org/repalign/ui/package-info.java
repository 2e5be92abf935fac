/**
 * Workbench services of RepAlign's views: {@link org.repalign.ui.RunMonitor} publishes a running
 * experiment to the views.
 */
package org.repalign.ui;
