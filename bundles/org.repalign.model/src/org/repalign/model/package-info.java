/**
 * The experiment model: {@link org.repalign.model.Experiment} and the classes it contains, as
 * EMF interfaces generated from {@code model/experiment.ecore} (create instances with
 * {@link org.repalign.model.ExperimentFactory#eINSTANCE}). Two hand-written helpers live beside
 * them: {@link org.repalign.model.ExperimentFiles} loads and saves {@code .repalign} files on a
 * plain classpath, and {@link org.repalign.model.MetricSpecs} turns a metric setting into the
 * metric text the compute bundle parses.
 */
package org.repalign.model;
