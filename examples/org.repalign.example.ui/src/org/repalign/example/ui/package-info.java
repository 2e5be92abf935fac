/** The viewer of the example plug-in's analysis {@code dimension} (see docs/plugins.md). */
package org.repalign.example.ui;
