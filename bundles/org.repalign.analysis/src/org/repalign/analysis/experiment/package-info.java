/**
 * The bridge from the EMF experiment model ({@code *.repalign} files) to the plain
 * {@link org.repalign.analysis.ExperimentPlan} the runner executes:
 * {@link org.repalign.analysis.experiment.ExperimentPlans} (validation, then conversion),
 * {@link org.repalign.analysis.experiment.ReaderSourceShapes} (file shapes for the validator,
 * read from headers), and the built-in {@link org.repalign.analysis.experiment.DemoExperiment}.
 */
package org.repalign.analysis.experiment;
