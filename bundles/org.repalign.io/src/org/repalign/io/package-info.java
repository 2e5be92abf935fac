/**
 * Reading representations from files: {@link org.repalign.io.RepresentationReaders} opens
 * {@code .npy}, {@code .npz} (dense or scipy CSR), {@code .safetensors}, word2vec/GloVe text and
 * binary, CSV and TSV files as a {@link org.repalign.io.Representation}; large dense data is
 * memory-mapped. Every failure is a {@link org.repalign.io.RepresentationFileException} whose
 * one-line message names the file and the problem.
 */
package org.repalign.io;
