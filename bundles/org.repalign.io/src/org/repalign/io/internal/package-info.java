/**
 * Non-API implementation of the io bundle: the built-in readers, the parsers for the npy
 * header, JSON and the zip directory, and the memory-mapped matrix. Not exported.
 */
package org.repalign.io.internal;
