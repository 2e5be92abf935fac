/**
 * RepAlign
 */
package org.repalign.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.repalign.model.ExperimentPackage
 * @generated
 */
public interface ExperimentFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ExperimentFactory eINSTANCE = org.repalign.model.impl.ExperimentFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Experiment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Experiment</em>'.
	 * @generated
	 */
	Experiment createExperiment();

	/**
	 * Returns a new object of class '<em>Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Source</em>'.
	 * @generated
	 */
	Source createSource();

	/**
	 * Returns a new object of class '<em>Metric Setting</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Metric Setting</em>'.
	 * @generated
	 */
	MetricSetting createMetricSetting();

	/**
	 * Returns a new object of class '<em>Metric Parameter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Metric Parameter</em>'.
	 * @generated
	 */
	MetricParameter createMetricParameter();

	/**
	 * Returns a new object of class '<em>Protocol</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Protocol</em>'.
	 * @generated
	 */
	Protocol createProtocol();

	/**
	 * Returns a new object of class '<em>Sae Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sae Settings</em>'.
	 * @generated
	 */
	SaeSettings createSaeSettings();

	/**
	 * Returns a new object of class '<em>Signal Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Signal Analysis</em>'.
	 * @generated
	 */
	SignalAnalysis createSignalAnalysis();

	/**
	 * Returns a new object of class '<em>Feature Matching Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Feature Matching Analysis</em>'.
	 * @generated
	 */
	FeatureMatchingAnalysis createFeatureMatchingAnalysis();

	/**
	 * Returns a new object of class '<em>Bias Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Bias Analysis</em>'.
	 * @generated
	 */
	BiasAnalysis createBiasAnalysis();

	/**
	 * Returns a new object of class '<em>Noise Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Noise Analysis</em>'.
	 * @generated
	 */
	NoiseAnalysis createNoiseAnalysis();

	/**
	 * Returns a new object of class '<em>Meta Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Meta Analysis</em>'.
	 * @generated
	 */
	MetaAnalysis createMetaAnalysis();

	/**
	 * Returns a new object of class '<em>Probe Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Probe Analysis</em>'.
	 * @generated
	 */
	ProbeAnalysis createProbeAnalysis();

	/**
	 * Returns a new object of class '<em>Contributed Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Contributed Analysis</em>'.
	 * @generated
	 */
	ContributedAnalysis createContributedAnalysis();

	/**
	 * Returns a new object of class '<em>Analysis Setting</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Analysis Setting</em>'.
	 * @generated
	 */
	AnalysisSetting createAnalysisSetting();

	/**
	 * Returns a new object of class '<em>Synthetic Data</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Synthetic Data</em>'.
	 * @generated
	 */
	SyntheticData createSyntheticData();

	/**
	 * Returns a new object of class '<em>Synthetic Model</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Synthetic Model</em>'.
	 * @generated
	 */
	SyntheticModel createSyntheticModel();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ExperimentPackage getExperimentPackage();

} //ExperimentFactory
