/** Non-API helpers of the compute bundle. */
package org.repalign.compute.internal;
