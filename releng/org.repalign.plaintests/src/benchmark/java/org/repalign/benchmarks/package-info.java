/** Benchmarks of the alignment engine, run by {@code releng/benchmark.sh}, never by the tests. */
package org.repalign.benchmarks;
