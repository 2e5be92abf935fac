/** Workbench and window advisors of the RepAlign application. */
package org.repalign.rcp.internal;
