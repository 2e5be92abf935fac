/** Non-API numerical helpers of the statistics package (dense Cholesky factorisation). */
package org.repalign.compute.stats.internal;
