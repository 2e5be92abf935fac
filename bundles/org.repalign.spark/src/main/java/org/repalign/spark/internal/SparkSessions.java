package org.repalign.spark.internal;

import java.io.PrintStream;

import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The Spark context of a {@code repalign spark} command. Under {@code spark-submit} the master
 * and every setting come from there; started directly ({@code ./repalign spark}) the master is
 * the command's {@code --master} or {@code local[*]}. A context that is already running in the
 * JVM (tests, an embedding application) is used as it is and left running.
 */
public final class SparkSessions implements AutoCloseable {

    private final JavaSparkContext context;
    private final boolean owned;

    private SparkSessions(JavaSparkContext context, boolean owned) {
        this.context = context;
        this.owned = owned;
    }

    /**
     * @param application the application name, e.g. {@code repalign spark cka}
     * @param master      the master when none was set by {@code spark-submit}, or {@code null} for {@code local[*]}
     * @param err         where the Spark UI's address goes
     * @return the session; closing it stops the context if this call started it
     */
    public static SparkSessions start(String application, String master, PrintStream err) {
        SparkConf conf = new SparkConf().setAppName(application);
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        long before = System.currentTimeMillis();
        SparkContext running = SparkContext.getOrCreate(conf);
        JavaSparkContext context = JavaSparkContext.fromSparkContext(running);
        if (running.startTime() < before) {
            // started before this call: someone else's to stop
            return new SparkSessions(context, false);
        }
        if (context.sc().uiWebUrl().isDefined()) {
            err.println("spark: UI at " + context.sc().uiWebUrl().get() + " (master " + context.master() + ")");
        }
        return new SparkSessions(context, true);
    }

    /** @return the context */
    public JavaSparkContext context() {
        return context;
    }

    @Override
    public void close() {
        if (owned) {
            context.stop();
        }
    }
}
