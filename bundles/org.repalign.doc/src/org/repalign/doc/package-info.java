/**
 * RepAlign's help in the workbench: {@link org.repalign.doc.HelpView} shows the pages of this
 * bundle (generated from the repository's {@code docs/*.md}) with their table of contents,
 * rendered natively, so no web browser component is needed.
 */
package org.repalign.doc;
