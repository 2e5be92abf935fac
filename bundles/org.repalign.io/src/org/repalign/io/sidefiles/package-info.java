/**
 * Side files that accompany representations, and the alignment of several representations on
 * their common items: item lists ({@link org.repalign.io.sidefiles.ItemListFile}), item
 * frequencies ({@link org.repalign.io.sidefiles.FrequencyFile}), item attributes
 * ({@link org.repalign.io.sidefiles.AttributeFile}) and
 * {@link org.repalign.io.sidefiles.ItemAlignment}.
 */
package org.repalign.io.sidefiles;
