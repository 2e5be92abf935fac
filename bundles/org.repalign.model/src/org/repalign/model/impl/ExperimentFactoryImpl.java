/**
 * RepAlign
 */
package org.repalign.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.repalign.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ExperimentFactoryImpl extends EFactoryImpl implements ExperimentFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ExperimentFactory init() {
		try {
			ExperimentFactory theExperimentFactory = (ExperimentFactory)EPackage.Registry.INSTANCE.getEFactory(ExperimentPackage.eNS_URI);
			if (theExperimentFactory != null) {
				return theExperimentFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ExperimentFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExperimentFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case ExperimentPackage.EXPERIMENT: return createExperiment();
			case ExperimentPackage.SOURCE: return createSource();
			case ExperimentPackage.METRIC_SETTING: return createMetricSetting();
			case ExperimentPackage.METRIC_PARAMETER: return createMetricParameter();
			case ExperimentPackage.PROTOCOL: return createProtocol();
			case ExperimentPackage.SAE_SETTINGS: return createSaeSettings();
			case ExperimentPackage.SIGNAL_ANALYSIS: return createSignalAnalysis();
			case ExperimentPackage.FEATURE_MATCHING_ANALYSIS: return createFeatureMatchingAnalysis();
			case ExperimentPackage.BIAS_ANALYSIS: return createBiasAnalysis();
			case ExperimentPackage.NOISE_ANALYSIS: return createNoiseAnalysis();
			case ExperimentPackage.META_ANALYSIS: return createMetaAnalysis();
			case ExperimentPackage.PROBE_ANALYSIS: return createProbeAnalysis();
			case ExperimentPackage.CONTRIBUTED_ANALYSIS: return createContributedAnalysis();
			case ExperimentPackage.ANALYSIS_SETTING: return createAnalysisSetting();
			case ExperimentPackage.SYNTHETIC_DATA: return createSyntheticData();
			case ExperimentPackage.SYNTHETIC_MODEL: return createSyntheticModel();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case ExperimentPackage.PREPROCESSING_MODE:
				return createPreprocessingModeFromString(eDataType, initialValue);
			case ExperimentPackage.TIE_RULE:
				return createTieRuleFromString(eDataType, initialValue);
			case ExperimentPackage.DICTIONARY_KIND:
				return createDictionaryKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case ExperimentPackage.PREPROCESSING_MODE:
				return convertPreprocessingModeToString(eDataType, instanceValue);
			case ExperimentPackage.TIE_RULE:
				return convertTieRuleToString(eDataType, instanceValue);
			case ExperimentPackage.DICTIONARY_KIND:
				return convertDictionaryKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Experiment createExperiment() {
		ExperimentImpl experiment = new ExperimentImpl();
		return experiment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Source createSource() {
		SourceImpl source = new SourceImpl();
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MetricSetting createMetricSetting() {
		MetricSettingImpl metricSetting = new MetricSettingImpl();
		return metricSetting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MetricParameter createMetricParameter() {
		MetricParameterImpl metricParameter = new MetricParameterImpl();
		return metricParameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Protocol createProtocol() {
		ProtocolImpl protocol = new ProtocolImpl();
		return protocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SaeSettings createSaeSettings() {
		SaeSettingsImpl saeSettings = new SaeSettingsImpl();
		return saeSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SignalAnalysis createSignalAnalysis() {
		SignalAnalysisImpl signalAnalysis = new SignalAnalysisImpl();
		return signalAnalysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMatchingAnalysis createFeatureMatchingAnalysis() {
		FeatureMatchingAnalysisImpl featureMatchingAnalysis = new FeatureMatchingAnalysisImpl();
		return featureMatchingAnalysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BiasAnalysis createBiasAnalysis() {
		BiasAnalysisImpl biasAnalysis = new BiasAnalysisImpl();
		return biasAnalysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NoiseAnalysis createNoiseAnalysis() {
		NoiseAnalysisImpl noiseAnalysis = new NoiseAnalysisImpl();
		return noiseAnalysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MetaAnalysis createMetaAnalysis() {
		MetaAnalysisImpl metaAnalysis = new MetaAnalysisImpl();
		return metaAnalysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProbeAnalysis createProbeAnalysis() {
		ProbeAnalysisImpl probeAnalysis = new ProbeAnalysisImpl();
		return probeAnalysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContributedAnalysis createContributedAnalysis() {
		ContributedAnalysisImpl contributedAnalysis = new ContributedAnalysisImpl();
		return contributedAnalysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnalysisSetting createAnalysisSetting() {
		AnalysisSettingImpl analysisSetting = new AnalysisSettingImpl();
		return analysisSetting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SyntheticData createSyntheticData() {
		SyntheticDataImpl syntheticData = new SyntheticDataImpl();
		return syntheticData;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SyntheticModel createSyntheticModel() {
		SyntheticModelImpl syntheticModel = new SyntheticModelImpl();
		return syntheticModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PreprocessingMode createPreprocessingModeFromString(EDataType eDataType, String initialValue) {
		PreprocessingMode result = PreprocessingMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPreprocessingModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TieRule createTieRuleFromString(EDataType eDataType, String initialValue) {
		TieRule result = TieRule.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTieRuleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DictionaryKind createDictionaryKindFromString(EDataType eDataType, String initialValue) {
		DictionaryKind result = DictionaryKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDictionaryKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExperimentPackage getExperimentPackage() {
		return (ExperimentPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ExperimentPackage getPackage() {
		return ExperimentPackage.eINSTANCE;
	}

} //ExperimentFactoryImpl
