/**
 * The run's heavy work as explicit units, run by a pluggable executor.
 *
 * <p>A {@link org.repalign.analysis.work.WorkUnit} names one independent piece of work by ids and
 * indices only (its {@link org.repalign.analysis.work.WorkKind}, the analysis, the pair or source,
 * the representation and an index), so that any executor, on this machine or on a cluster, can
 * describe, schedule and retry it without live objects. Its random seed derives from that
 * identity by one rule ({@link org.repalign.analysis.work.WorkUnit#seed(long)}): the plan seed
 * plus the unit's stream index, which reproduces the seeds RepAlign has always used.
 *
 * <p>A {@link org.repalign.analysis.work.WorkExecutor} runs a batch of independent units with
 * their {@link org.repalign.analysis.work.WorkTask} and returns the results <em>in unit order</em>;
 * callers combine them in that order, so a run's numbers do not depend on the executor or its
 * thread count. {@link org.repalign.analysis.work.LocalExecutor} runs units on threads of this JVM
 * (one thread: sequentially, in unit order, on the calling thread).
 * {@link org.repalign.analysis.work.WorkTally} counts the units and their seconds per kind for
 * the report.
 */
package org.repalign.analysis.work;
