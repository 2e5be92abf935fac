package org.repalign.spark.internal;

import java.io.PrintStream;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The Spark context of a {@code repalign spark} command. Under {@code spark-submit} the master
 * and every setting come from there; started directly (tests, {@code ./repalign spark}) the
 * master is the command's {@code --master} or {@code local[*]}.
 */
public final class SparkSessions {

    private SparkSessions() {
    }

    /**
     * @param application the application name, e.g. {@code repalign spark cka}
     * @param master      the master when none was set by {@code spark-submit}, or {@code null} for {@code local[*]}
     * @param err         where the Spark UI's address goes
     * @return a started context; the caller stops it
     */
    public static JavaSparkContext start(String application, String master, PrintStream err) {
        SparkConf conf = new SparkConf().setAppName(application);
        if (!conf.contains("spark.master")) {
            conf.setMaster(master == null ? "local[*]" : master);
        } else if (master != null) {
            conf.setMaster(master);
        }
        // RepAlign's own classes, records and arrays: Java serialization needs no registration
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        JavaSparkContext context = new JavaSparkContext(conf);
        context.setLogLevel(System.getProperty("repalign.spark.logLevel", "WARN"));
        if (context.sc().uiWebUrl().isDefined()) {
            err.println("repalign: Spark UI at " + context.sc().uiWebUrl().get() + " (master " + context.master() + ")");
        }
        return context;
    }
}
