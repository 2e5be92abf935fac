/** Tests of the analyses, the runner and the result store. */
package org.repalign.analysis.tests;
