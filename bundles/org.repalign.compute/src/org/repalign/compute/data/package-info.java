/**
 * Matrices as RepAlign reads them: rows are items, columns are features. {@link
 * org.repalign.compute.data.RowMatrix} is the streaming view every reader returns; dense and
 * CSR implementations live here, memory-mapped ones in the io bundle.
 */
package org.repalign.compute.data;
