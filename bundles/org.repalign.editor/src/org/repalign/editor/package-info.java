/**
 * The experiment editor: a form-based editor for {@code .repalign} files with undo, validation
 * markers and a Run action, and the New Experiment wizards.
 */
package org.repalign.editor;
