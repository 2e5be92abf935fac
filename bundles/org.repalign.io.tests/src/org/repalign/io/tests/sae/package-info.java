/** Tests of SAELens folders; every folder is made in a temporary directory. */
package org.repalign.io.tests.sae;
