/** Tests of the writers and of atomic file and folder writes; every file is made in a temporary directory. */
package org.repalign.io.tests.write;
