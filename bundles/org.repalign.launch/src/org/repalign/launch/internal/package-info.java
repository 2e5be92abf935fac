/** The launch delegate, shortcut and tab group of the RepAlign Experiment configuration type. */
package org.repalign.launch.internal;
