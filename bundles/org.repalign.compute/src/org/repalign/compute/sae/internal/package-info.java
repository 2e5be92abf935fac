/**
 * Implementation details of the sparse autoencoder trainer: the float32 SGEMM wrapper, per-row
 * top-k selection, the AdamW update, the seeded generator with visible state and the batch
 * forward/backward pass. Not API; may change without notice.
 */
package org.repalign.compute.sae.internal;
