/** The RepAlign workbench: application and perspective. */
package org.repalign.rcp;
