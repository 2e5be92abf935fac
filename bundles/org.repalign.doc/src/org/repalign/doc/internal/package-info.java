/**
 * The help view's parts: the table of contents ({@link org.repalign.doc.internal.HelpContents}),
 * the XHTML page as styled text ({@link org.repalign.doc.internal.PageParser},
 * {@link org.repalign.doc.internal.PageModel}), its look in a {@code StyledText}
 * ({@link org.repalign.doc.internal.PageStyler}) and the navigation history.
 */
package org.repalign.doc.internal;
