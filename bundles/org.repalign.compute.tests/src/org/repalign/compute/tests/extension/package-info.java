/** Tests of contribution discovery through the service loader and of broken contributions. */
package org.repalign.compute.tests.extension;
