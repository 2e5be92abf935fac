/** Reading the extension points' configuration elements; not API. */
package org.repalign.analysis.extension.internal;
