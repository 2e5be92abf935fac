package org.repalign.cli.internal;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar on stderr: redrawn in place when stderr is a terminal (the launcher says so
 * with {@code -Drepalign.stderrTerminal=true}, since Java cannot tell where stderr goes), one
 * line per 5 % otherwise (logs, CI), always with the current step's name. Plain Java, so that a
 * command can show progress without loading the framework's monitor types ({@link ProgressBar}
 * is the monitor that draws through it).
 */
final class ProgressLine {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal = Boolean.getBoolean("repalign.stderrTerminal");
    private double total = 1;
    private double done;
    private String task = "";
    private int lastShown = -1;
    private String lastTask = "";

    ProgressLine(PrintStream err) {
        this.err = err;
    }

    /** Starts a task of {@code totalWork} units (at least 1). */
    synchronized void begin(String name, double totalWork) {
        total = totalWork <= 0 ? 1 : totalWork;
        done = 0;
        task = name == null ? "" : name;
        show();
    }

    /** Adds {@code work} finished units. */
    synchronized void advance(double work) {
        done += work;
        show();
    }

    /** Sets the finished units. */
    synchronized void set(double finished) {
        done = finished;
        show();
    }

    /** Names the current step. */
    synchronized void task(String name) {
        if (name != null && !name.isBlank()) {
            task = name;
            show();
        }
    }

    /** Shows 100 % and ends the line. */
    synchronized void finish() {
        if (done < total) {
            done = total;
            show();
        }
        if (terminal && lastShown >= 0) {
            err.println();
        }
        err.flush();
    }

    private void show() {
        int percent = (int) Math.min(100, Math.floor(100 * done / total));
        if (terminal) {
            if (percent == lastShown && task.equals(lastTask)) {
                return;
            }
            int filled = percent * WIDTH / 100;
            err.print(String.format(Locale.ROOT, "\r[%s%s] %3d%%  %-50.50s", "#".repeat(filled),
                    " ".repeat(WIDTH - filled), percent, task));
        } else {
            if (percent / 5 == lastShown / 5 && lastShown >= 0) {
                return;
            }
            err.println(String.format(Locale.ROOT, "repalign: %3d%%  %s", percent, task));
        }
        err.flush();
        lastShown = percent;
        lastTask = task;
    }
}
