/** Non-API helpers of the preprocessing package. */
package org.repalign.compute.preprocess.internal;
