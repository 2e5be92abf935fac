/**
 * The generated switch and adapter factory of the experiment model, and the hand-written
 * {@link org.repalign.model.util.ExperimentResourceFactory} that reads and writes
 * {@code .repalign} files as UTF-8 XMI.
 */
package org.repalign.model.util;
