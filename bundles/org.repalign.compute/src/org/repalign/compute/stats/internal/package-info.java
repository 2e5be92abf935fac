/**
 * Helpers of the statistics and of the metrics that rank values; not API.
 */
package org.repalign.compute.stats.internal;
