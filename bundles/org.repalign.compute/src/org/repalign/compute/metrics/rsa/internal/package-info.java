/**
 * Non-API work behind {@code rsa}: the upper triangles of the RDMs, shared per matrix, and the
 * rank, linear and cosine comparisons of two of them.
 */
package org.repalign.compute.metrics.rsa.internal;
