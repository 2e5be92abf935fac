/**
 * The generated EMF.Edit item providers of the experiment model (labels, children, property
 * descriptors and commands for editors and views), created through
 * {@link org.repalign.model.provider.ExperimentItemProviderAdapterFactory}; the strings come from
 * the bundle's {@code plugin.properties} through
 * {@link org.repalign.model.provider.ExperimentEditPlugin#INSTANCE}.
 */
package org.repalign.model.provider;
