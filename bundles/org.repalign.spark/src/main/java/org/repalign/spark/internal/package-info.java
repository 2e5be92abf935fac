/** The Spark jobs and their inputs; not API. */
package org.repalign.spark.internal;
