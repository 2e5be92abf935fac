/**
 * The help view's parts: the table of contents and its page files
 * ({@link org.repalign.doc.internal.HelpBook}, {@link org.repalign.doc.internal.HelpContents}), a
 * page read with its images ({@link org.repalign.doc.internal.PageFile}), the XHTML page laid out
 * as styled text ({@link org.repalign.doc.internal.PageParser},
 * {@link org.repalign.doc.internal.PageModel}), its look in a {@code StyledText}
 * ({@link org.repalign.doc.internal.PageStyler}) and the navigation history
 * ({@link org.repalign.doc.internal.PageHistory}).
 */
package org.repalign.doc.internal;
