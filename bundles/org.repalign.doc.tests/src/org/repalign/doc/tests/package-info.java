/** Tests of the help: page layout, contents, history, the shipped pages and the help view. */
package org.repalign.doc.tests;
