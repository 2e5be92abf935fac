/** Built-in commands, JSON output and the Eclipse application adapter. */
package org.repalign.cli.internal;
