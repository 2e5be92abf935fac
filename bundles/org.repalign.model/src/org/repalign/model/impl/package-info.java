/**
 * The generated EMF implementation classes of the experiment model. Not for direct use: create
 * objects through {@link org.repalign.model.ExperimentFactory#eINSTANCE}.
 */
package org.repalign.model.impl;
