/**
 * RepAlign on Apache Spark: the {@code repalign spark} commands ({@link org.repalign.spark.SparkMain})
 * and the jobs behind them, built into {@code repalign-spark.jar} for {@code spark-submit}. The
 * computations themselves are the plain-Java core's (compute, io, analysis); this package only
 * distributes them: inputs are read by every executor from paths on shared storage, each task's
 * work is a function of its identity (a range of rows, a setting), and the driver merges the
 * results in a fixed order, so retried or speculative tasks change nothing.
 */
package org.repalign.spark;
