/** Alignment metrics between two representations of the same items. */
package org.repalign.compute.metrics;
