/**
 * Writing files: {@link org.repalign.io.write.AtomicFiles} (atomic file and folder writes),
 * {@link org.repalign.io.write.SafetensorsWriter} ({@code .safetensors}),
 * {@link org.repalign.io.write.NpyWriter} (dense {@code .npy}),
 * {@link org.repalign.io.write.CsrNpzWriter} (scipy-compatible sparse {@code .npz}) and
 * {@link org.repalign.io.write.CheckpointFile} (training checkpoints). Every writer replaces its
 * target atomically and reports failure as a {@link org.repalign.io.RepresentationFileException}
 * whose one-line message names the target.
 */
package org.repalign.io.write;
