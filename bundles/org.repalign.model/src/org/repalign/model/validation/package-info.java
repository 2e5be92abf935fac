/**
 * Validation of experiments: {@link org.repalign.model.validation.ExperimentValidator} checks
 * files, sources, metrics, the protocol, SAE settings, analyses and synthetic data, and reports
 * one {@link org.eclipse.emf.common.util.Diagnostic} per problem whose message names the object
 * and the field and whose data holds the object and the feature (for markers).
 * {@link org.repalign.model.validation.SourceShapes} lets a caller that can read representation
 * files tell the validator their row and column counts.
 */
package org.repalign.model.validation;
