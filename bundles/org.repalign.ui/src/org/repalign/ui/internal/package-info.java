/**
 * Not API: the data provider of the matrix views ({@link org.repalign.ui.internal.AlignmentMatrices}),
 * the base of the result views, report tables, chart images and atomic writing of export files.
 */
package org.repalign.ui.internal;
