/**
 * What an experiment asks for, in plain Java: {@link org.repalign.analysis.ExperimentPlan} and
 * its parts. The EMF experiment model is converted into a plan before a run, so the runner,
 * the analyses and their tests need neither EMF nor OSGi.
 */
package org.repalign.analysis;
