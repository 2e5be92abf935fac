/** Pages, bindings, providers and wizards of the experiment editor (not API). */
package org.repalign.editor.internal;
