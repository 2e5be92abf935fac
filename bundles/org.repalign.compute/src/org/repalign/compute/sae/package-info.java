/**
 * Sparse autoencoders (SAEs) on embedding matrices: the weights and their encode/decode
 * ({@link org.repalign.compute.sae.SparseAutoencoder}), one class per architecture behind a
 * registry ({@link org.repalign.compute.sae.SaeArchitecture},
 * {@link org.repalign.compute.sae.SaeArchitectures}), a resumable float32 trainer with the two
 * recipes of the project ({@link org.repalign.compute.sae.SaeTrainer},
 * {@link org.repalign.compute.sae.SaeTrainingConfig}, {@link org.repalign.compute.sae.SaeTrainingState})
 * and the quality measures ({@link org.repalign.compute.sae.SaeEvaluator}).
 *
 * <p>Layout follows SAELens: {@code W_enc} is d_in × d_sae, {@code W_dec} is d_sae × d_in and
 * each row of {@code W_dec} is a dictionary atom; all arrays are row-major float32.
 *
 * <p>References: L. Gao et al., "Scaling and evaluating sparse autoencoders", 2024
 * (arXiv:2406.04093); B. Bussmann, P. Leask, N. Nanda, "BatchTopK sparse autoencoders", 2024
 * (arXiv:2412.06410); T. Bricken et al., "Towards monosemanticity", Transformer Circuits, 2023;
 * I. Loshchilov, F. Hutter, "Decoupled weight decay regularization", ICLR 2019.
 */
package org.repalign.compute.sae;
