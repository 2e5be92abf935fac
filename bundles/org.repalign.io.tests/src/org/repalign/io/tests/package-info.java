/**
 * Tests of the io bundle. Every test file is built byte by byte in a temporary directory by the
 * tests themselves; no fixture is committed.
 */
package org.repalign.io.tests;
