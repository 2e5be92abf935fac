/** RepAlign's result views. */
package org.repalign.ui.views;
