/**
 * The generator of RepAlign's help pages: {@link org.repalign.releng.docgen.HelpGenerator} turns
 * {@code docs/*.md}, in the order of {@code docs/help-toc.txt}, into the XHTML pages, the Eclipse
 * help table of contents and the images of the {@code org.repalign.doc} bundle.
 */
package org.repalign.releng.docgen;
