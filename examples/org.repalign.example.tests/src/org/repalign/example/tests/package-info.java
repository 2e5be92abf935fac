/** Tests of the example plug-in and of the contribution registries in OSGi. */
package org.repalign.example.tests;
