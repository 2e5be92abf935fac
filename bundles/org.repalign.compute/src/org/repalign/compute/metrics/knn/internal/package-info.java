/**
 * Non-API helpers of the k-nearest-neighbour metrics: the blocked neighbour search, tie orders,
 * and the sequence distances. Public only so that the test fragment can check them against
 * brute-force references; not part of the metric API.
 */
package org.repalign.compute.metrics.knn.internal;
