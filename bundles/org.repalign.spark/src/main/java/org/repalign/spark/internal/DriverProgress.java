package org.repalign.spark.internal;

import java.io.PrintStream;
import java.util.Locale;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.repalign.analysis.run.TimeLeft;

/**
 * Progress of a job's tasks on the driver's stderr: tasks done of the tasks submitted so far and
 * the time left at the rate so far, one line at most every two seconds and one at the end of each
 * stage.
 */
public final class DriverProgress extends SparkListener {

    private static final long EVERY_NANOS = 2_000_000_000L;

    private final PrintStream err;
    private final String task;
    private final TimeLeft clock = new TimeLeft();
    private long submitted;
    private long done;
    private long lastShown;

    /**
     * @param err  where the lines go
     * @param task what the job does, e.g. {@code cka}
     */
    public DriverProgress(PrintStream err, String task) {
        this.err = err;
        this.task = task;
    }

    @Override
    public synchronized void onStageSubmitted(SparkListenerStageSubmitted stage) {
        submitted += stage.stageInfo().numTasks();
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
        if (end.taskInfo().successful()) {
            done++;
        }
        long now = System.nanoTime();
        if (done == submitted || now - lastShown >= EVERY_NANOS) {
            lastShown = now;
            double share = submitted == 0 ? 0 : (double) done / submitted;
            String left = done == submitted ? ""
                    : clock.secondsLeft(share).stream().mapToObj(s -> ", " + TimeLeft.format(s)).findFirst().orElse("");
            err.println(String.format(Locale.ROOT, "spark %s: %d of %d tasks done%s", task, done, submitted, left));
        }
    }

    /** @return tasks that finished successfully */
    public synchronized long tasksDone() {
        return done;
    }
}
