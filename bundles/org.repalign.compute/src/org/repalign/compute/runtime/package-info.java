/** ND4J start-up inside and outside OSGi, and the environment every result records. */
package org.repalign.compute.runtime;
