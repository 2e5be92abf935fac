/**
 * The one helper RepAlign's compute code uses to run a loop on several threads:
 * {@link org.repalign.compute.parallel.ParallelRanges}, for loops whose parts write disjoint memory
 * so that the result does not depend on how the work is split or scheduled.
 */
package org.repalign.compute.parallel;
