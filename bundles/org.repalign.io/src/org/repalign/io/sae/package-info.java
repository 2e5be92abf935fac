/**
 * Sparse autoencoders stored as SAELens folders: {@link org.repalign.io.sae.SaeLensFolder} reads
 * and atomically writes {@code sae_weights.safetensors} and {@code cfg.json}, with the parameters
 * as {@link org.repalign.io.sae.SaeWeights} and the configuration as
 * {@link org.repalign.io.sae.SaeLensConfig} (SAELens 6 fields plus RepAlign's own,
 * {@link org.repalign.io.sae.RepAlignTrainingInfo}). Independent of any SAE model class: callers
 * convert to and from their own.
 */
package org.repalign.io.sae;
