package org.repalign.rcp.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.PlatformUI;

/**
 * Start-up measurement for {@code releng/benchmark.sh startup}: when the system property
 * {@value #PROPERTY} names a file, the first paint in the workbench window writes one line to
 * that file, the milliseconds from the JVM's start (its RuntimeMXBean start time) and the CPU
 * milliseconds the UI thread used until then (which a busy machine does not inflate), and closes
 * the workbench. Without the property nothing happens.
 */
final class StartupProbe {

    /** System property naming the file to write. */
    static final String PROPERTY = "repalign.startupProbe";

    /** How long to wait for the first paint before closing the workbench anyway. */
    private static final int TIMEOUT_MS = 120_000;

    private StartupProbe() {
    }

    /**
     * Arms the probe on a newly opened window.
     *
     * @param shell the workbench window's shell
     */
    static void arm(Shell shell) {
        String target = System.getProperty(PROPERTY);
        if (target == null || target.isBlank()) {
            return;
        }
        Display display = shell.getDisplay();
        AtomicBoolean done = new AtomicBoolean();
        Listener firstPaint = new Listener() {
            @Override
            public void handleEvent(Event event) {
                if (!inside(event.widget, shell) || !done.compareAndSet(false, true)) {
                    return;
                }
                long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                long cpuMillis = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
                display.removeFilter(SWT.Paint, this);
                write(Path.of(target), millis + " " + cpuMillis + "\n");
                display.asyncExec(StartupProbe::closeWorkbench);
            }
        };
        display.addFilter(SWT.Paint, firstPaint);
        display.timerExec(TIMEOUT_MS, () -> {
            if (!done.compareAndSet(false, true)) {
                return;
            }
            display.removeFilter(SWT.Paint, firstPaint);
            write(Path.of(target), "no paint within " + TIMEOUT_MS / 1000 + " s\n");
            closeWorkbench();
        });
    }

    private static boolean inside(Widget widget, Shell shell) {
        return widget instanceof org.eclipse.swt.widgets.Control control && !control.isDisposed()
                && control.getShell() == shell;
    }

    private static void write(Path file, String text) {
        try {
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            ILog.of(StartupProbe.class).error(file + ": the start-up time could not be written", e);
        }
    }

    private static void closeWorkbench() {
        if (PlatformUI.isWorkbenchRunning()) {
            PlatformUI.getWorkbench().close();
        }
    }
}
