/**
 * The headless side of RepAlign: {@code ./repalign COMMAND ...}. Commands are plain Java and run
 * the same inside the Eclipse application and on a plain classpath.
 */
package org.repalign.cli;
