/**
 * RepAlign
 */
package org.repalign.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.repalign.model.Analysis;
import org.repalign.model.AnalysisSetting;
import org.repalign.model.BiasAnalysis;
import org.repalign.model.ContributedAnalysis;
import org.repalign.model.DictionaryKind;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentFactory;
import org.repalign.model.ExperimentPackage;
import org.repalign.model.FeatureMatchingAnalysis;
import org.repalign.model.MetaAnalysis;
import org.repalign.model.MetricParameter;
import org.repalign.model.MetricSetting;
import org.repalign.model.NoiseAnalysis;
import org.repalign.model.PreprocessingMode;
import org.repalign.model.ProbeAnalysis;
import org.repalign.model.Protocol;
import org.repalign.model.SaeSettings;
import org.repalign.model.SignalAnalysis;
import org.repalign.model.Source;
import org.repalign.model.SyntheticData;
import org.repalign.model.SyntheticModel;
import org.repalign.model.TieRule;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ExperimentPackageImpl extends EPackageImpl implements ExperimentPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass experimentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass metricSettingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass metricParameterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass protocolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass saeSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass analysisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass signalAnalysisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass featureMatchingAnalysisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass biasAnalysisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass noiseAnalysisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass metaAnalysisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass probeAnalysisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contributedAnalysisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass analysisSettingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass syntheticDataEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass syntheticModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum preprocessingModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum tieRuleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dictionaryKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.repalign.model.ExperimentPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ExperimentPackageImpl() {
		super(eNS_URI, ExperimentFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ExperimentPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ExperimentPackage init() {
		if (isInited) return (ExperimentPackage)EPackage.Registry.INSTANCE.getEPackage(ExperimentPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredExperimentPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ExperimentPackageImpl theExperimentPackage = registeredExperimentPackage instanceof ExperimentPackageImpl ? (ExperimentPackageImpl)registeredExperimentPackage : new ExperimentPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theExperimentPackage.createPackageContents();

		// Initialize created meta-data
		theExperimentPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theExperimentPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ExperimentPackage.eNS_URI, theExperimentPackage);
		return theExperimentPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExperiment() {
		return experimentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Name() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Description() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Seed() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Sources() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_ItemsFile() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_FrequenciesFile() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_AttributesFile() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Preprocessing() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Metrics() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Protocol() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Sae() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Analyses() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Synthetic() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSource() {
		return sourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Id() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_File() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Format() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_TensorName() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_ItemsFile() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_SaeFolder() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Family() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Modality() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Parameters() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Depth() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Width() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_TrainingDataSize() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Year() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Layer() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMetricSetting() {
		return metricSettingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetricSetting_Id() {
		return (EAttribute)metricSettingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMetricSetting_Parameters() {
		return (EReference)metricSettingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMetricParameter() {
		return metricParameterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetricParameter_Name() {
		return (EAttribute)metricParameterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetricParameter_Value() {
		return (EAttribute)metricParameterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProtocol() {
		return protocolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtocol_Subsamples() {
		return (EAttribute)protocolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtocol_SubsampleSize() {
		return (EAttribute)protocolEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtocol_Permutations() {
		return (EAttribute)protocolEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtocol_TieRule() {
		return (EAttribute)protocolEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSaeSettings() {
		return saeSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaeSettings_Architecture() {
		return (EAttribute)saeSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaeSettings_Recipe() {
		return (EAttribute)saeSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaeSettings_Latents() {
		return (EAttribute)saeSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaeSettings_K() {
		return (EAttribute)saeSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaeSettings_Steps() {
		return (EAttribute)saeSettingsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaeSettings_BatchSize() {
		return (EAttribute)saeSettingsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaeSettings_LearningRate() {
		return (EAttribute)saeSettingsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaeSettings_TruncationLower() {
		return (EAttribute)saeSettingsEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaeSettings_TruncationUpper() {
		return (EAttribute)saeSettingsEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnalysis() {
		return analysisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysis_Enabled() {
		return (EAttribute)analysisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSignalAnalysis() {
		return signalAnalysisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFeatureMatchingAnalysis() {
		return featureMatchingAnalysisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureMatchingAnalysis_Permutations() {
		return (EAttribute)featureMatchingAnalysisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureMatchingAnalysis_Binary() {
		return (EAttribute)featureMatchingAnalysisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBiasAnalysis() {
		return biasAnalysisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNoiseAnalysis() {
		return noiseAnalysisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNoiseAnalysis_WindowSize() {
		return (EAttribute)noiseAnalysisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNoiseAnalysis_Stride() {
		return (EAttribute)noiseAnalysisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNoiseAnalysis_Windows() {
		return (EAttribute)noiseAnalysisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNoiseAnalysis_ExcludeSameFamily() {
		return (EAttribute)noiseAnalysisEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNoiseAnalysis_Preprocessing() {
		return (EAttribute)noiseAnalysisEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMetaAnalysis() {
		return metaAnalysisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetaAnalysis_Lambdas() {
		return (EAttribute)metaAnalysisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetaAnalysis_Preprocessing() {
		return (EAttribute)metaAnalysisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProbeAnalysis() {
		return probeAnalysisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProbeAnalysis_Folds() {
		return (EAttribute)probeAnalysisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProbeAnalysis_L2() {
		return (EAttribute)probeAnalysisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProbeAnalysis_MinPositives() {
		return (EAttribute)probeAnalysisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContributedAnalysis() {
		return contributedAnalysisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContributedAnalysis_AnalysisId() {
		return (EAttribute)contributedAnalysisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContributedAnalysis_Settings() {
		return (EReference)contributedAnalysisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnalysisSetting() {
		return analysisSettingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysisSetting_Name() {
		return (EAttribute)analysisSettingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysisSetting_Value() {
		return (EAttribute)analysisSettingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSyntheticData() {
		return syntheticDataEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyntheticData_Seed() {
		return (EAttribute)syntheticDataEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyntheticData_Items() {
		return (EAttribute)syntheticDataEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyntheticData_Attributes() {
		return (EAttribute)syntheticDataEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyntheticData_ActivePerItem() {
		return (EAttribute)syntheticDataEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyntheticData_CodeMagnitude() {
		return (EAttribute)syntheticDataEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyntheticData_CodeJitter() {
		return (EAttribute)syntheticDataEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyntheticData_ZipfExponent() {
		return (EAttribute)syntheticDataEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyntheticData_TopFrequency() {
		return (EAttribute)syntheticDataEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSyntheticData_Models() {
		return (EReference)syntheticDataEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyntheticData_AttributeLabelNoise() {
		return (EAttribute)syntheticDataEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSyntheticModel() {
		return syntheticModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyntheticModel_Id() {
		return (EAttribute)syntheticModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyntheticModel_Dimension() {
		return (EAttribute)syntheticModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyntheticModel_Dictionary() {
		return (EAttribute)syntheticModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyntheticModel_DictionarySeed() {
		return (EAttribute)syntheticModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyntheticModel_BiasNorm() {
		return (EAttribute)syntheticModelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyntheticModel_NoiseScale() {
		return (EAttribute)syntheticModelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyntheticModel_AnisotropicDimensions() {
		return (EAttribute)syntheticModelEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyntheticModel_AnisotropyScale() {
		return (EAttribute)syntheticModelEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyntheticModel_Family() {
		return (EAttribute)syntheticModelEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyntheticModel_Modality() {
		return (EAttribute)syntheticModelEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyntheticModel_NoiseExponent() {
		return (EAttribute)syntheticModelEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPreprocessingMode() {
		return preprocessingModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTieRule() {
		return tieRuleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDictionaryKind() {
		return dictionaryKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExperimentFactory getExperimentFactory() {
		return (ExperimentFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		experimentEClass = createEClass(EXPERIMENT);
		createEAttribute(experimentEClass, EXPERIMENT__NAME);
		createEAttribute(experimentEClass, EXPERIMENT__DESCRIPTION);
		createEAttribute(experimentEClass, EXPERIMENT__SEED);
		createEReference(experimentEClass, EXPERIMENT__SOURCES);
		createEAttribute(experimentEClass, EXPERIMENT__ITEMS_FILE);
		createEAttribute(experimentEClass, EXPERIMENT__FREQUENCIES_FILE);
		createEAttribute(experimentEClass, EXPERIMENT__ATTRIBUTES_FILE);
		createEAttribute(experimentEClass, EXPERIMENT__PREPROCESSING);
		createEReference(experimentEClass, EXPERIMENT__METRICS);
		createEReference(experimentEClass, EXPERIMENT__PROTOCOL);
		createEReference(experimentEClass, EXPERIMENT__SAE);
		createEReference(experimentEClass, EXPERIMENT__ANALYSES);
		createEReference(experimentEClass, EXPERIMENT__SYNTHETIC);

		sourceEClass = createEClass(SOURCE);
		createEAttribute(sourceEClass, SOURCE__ID);
		createEAttribute(sourceEClass, SOURCE__FILE);
		createEAttribute(sourceEClass, SOURCE__FORMAT);
		createEAttribute(sourceEClass, SOURCE__TENSOR_NAME);
		createEAttribute(sourceEClass, SOURCE__ITEMS_FILE);
		createEAttribute(sourceEClass, SOURCE__SAE_FOLDER);
		createEAttribute(sourceEClass, SOURCE__FAMILY);
		createEAttribute(sourceEClass, SOURCE__MODALITY);
		createEAttribute(sourceEClass, SOURCE__PARAMETERS);
		createEAttribute(sourceEClass, SOURCE__DEPTH);
		createEAttribute(sourceEClass, SOURCE__WIDTH);
		createEAttribute(sourceEClass, SOURCE__TRAINING_DATA_SIZE);
		createEAttribute(sourceEClass, SOURCE__YEAR);
		createEAttribute(sourceEClass, SOURCE__LAYER);

		metricSettingEClass = createEClass(METRIC_SETTING);
		createEAttribute(metricSettingEClass, METRIC_SETTING__ID);
		createEReference(metricSettingEClass, METRIC_SETTING__PARAMETERS);

		metricParameterEClass = createEClass(METRIC_PARAMETER);
		createEAttribute(metricParameterEClass, METRIC_PARAMETER__NAME);
		createEAttribute(metricParameterEClass, METRIC_PARAMETER__VALUE);

		protocolEClass = createEClass(PROTOCOL);
		createEAttribute(protocolEClass, PROTOCOL__SUBSAMPLES);
		createEAttribute(protocolEClass, PROTOCOL__SUBSAMPLE_SIZE);
		createEAttribute(protocolEClass, PROTOCOL__PERMUTATIONS);
		createEAttribute(protocolEClass, PROTOCOL__TIE_RULE);

		saeSettingsEClass = createEClass(SAE_SETTINGS);
		createEAttribute(saeSettingsEClass, SAE_SETTINGS__ARCHITECTURE);
		createEAttribute(saeSettingsEClass, SAE_SETTINGS__RECIPE);
		createEAttribute(saeSettingsEClass, SAE_SETTINGS__LATENTS);
		createEAttribute(saeSettingsEClass, SAE_SETTINGS__K);
		createEAttribute(saeSettingsEClass, SAE_SETTINGS__STEPS);
		createEAttribute(saeSettingsEClass, SAE_SETTINGS__BATCH_SIZE);
		createEAttribute(saeSettingsEClass, SAE_SETTINGS__LEARNING_RATE);
		createEAttribute(saeSettingsEClass, SAE_SETTINGS__TRUNCATION_LOWER);
		createEAttribute(saeSettingsEClass, SAE_SETTINGS__TRUNCATION_UPPER);

		analysisEClass = createEClass(ANALYSIS);
		createEAttribute(analysisEClass, ANALYSIS__ENABLED);

		signalAnalysisEClass = createEClass(SIGNAL_ANALYSIS);

		featureMatchingAnalysisEClass = createEClass(FEATURE_MATCHING_ANALYSIS);
		createEAttribute(featureMatchingAnalysisEClass, FEATURE_MATCHING_ANALYSIS__PERMUTATIONS);
		createEAttribute(featureMatchingAnalysisEClass, FEATURE_MATCHING_ANALYSIS__BINARY);

		biasAnalysisEClass = createEClass(BIAS_ANALYSIS);

		noiseAnalysisEClass = createEClass(NOISE_ANALYSIS);
		createEAttribute(noiseAnalysisEClass, NOISE_ANALYSIS__WINDOW_SIZE);
		createEAttribute(noiseAnalysisEClass, NOISE_ANALYSIS__STRIDE);
		createEAttribute(noiseAnalysisEClass, NOISE_ANALYSIS__WINDOWS);
		createEAttribute(noiseAnalysisEClass, NOISE_ANALYSIS__EXCLUDE_SAME_FAMILY);
		createEAttribute(noiseAnalysisEClass, NOISE_ANALYSIS__PREPROCESSING);

		metaAnalysisEClass = createEClass(META_ANALYSIS);
		createEAttribute(metaAnalysisEClass, META_ANALYSIS__LAMBDAS);
		createEAttribute(metaAnalysisEClass, META_ANALYSIS__PREPROCESSING);

		probeAnalysisEClass = createEClass(PROBE_ANALYSIS);
		createEAttribute(probeAnalysisEClass, PROBE_ANALYSIS__FOLDS);
		createEAttribute(probeAnalysisEClass, PROBE_ANALYSIS__L2);
		createEAttribute(probeAnalysisEClass, PROBE_ANALYSIS__MIN_POSITIVES);

		contributedAnalysisEClass = createEClass(CONTRIBUTED_ANALYSIS);
		createEAttribute(contributedAnalysisEClass, CONTRIBUTED_ANALYSIS__ANALYSIS_ID);
		createEReference(contributedAnalysisEClass, CONTRIBUTED_ANALYSIS__SETTINGS);

		analysisSettingEClass = createEClass(ANALYSIS_SETTING);
		createEAttribute(analysisSettingEClass, ANALYSIS_SETTING__NAME);
		createEAttribute(analysisSettingEClass, ANALYSIS_SETTING__VALUE);

		syntheticDataEClass = createEClass(SYNTHETIC_DATA);
		createEAttribute(syntheticDataEClass, SYNTHETIC_DATA__SEED);
		createEAttribute(syntheticDataEClass, SYNTHETIC_DATA__ITEMS);
		createEAttribute(syntheticDataEClass, SYNTHETIC_DATA__ATTRIBUTES);
		createEAttribute(syntheticDataEClass, SYNTHETIC_DATA__ACTIVE_PER_ITEM);
		createEAttribute(syntheticDataEClass, SYNTHETIC_DATA__CODE_MAGNITUDE);
		createEAttribute(syntheticDataEClass, SYNTHETIC_DATA__CODE_JITTER);
		createEAttribute(syntheticDataEClass, SYNTHETIC_DATA__ZIPF_EXPONENT);
		createEAttribute(syntheticDataEClass, SYNTHETIC_DATA__TOP_FREQUENCY);
		createEReference(syntheticDataEClass, SYNTHETIC_DATA__MODELS);
		createEAttribute(syntheticDataEClass, SYNTHETIC_DATA__ATTRIBUTE_LABEL_NOISE);

		syntheticModelEClass = createEClass(SYNTHETIC_MODEL);
		createEAttribute(syntheticModelEClass, SYNTHETIC_MODEL__ID);
		createEAttribute(syntheticModelEClass, SYNTHETIC_MODEL__DIMENSION);
		createEAttribute(syntheticModelEClass, SYNTHETIC_MODEL__DICTIONARY);
		createEAttribute(syntheticModelEClass, SYNTHETIC_MODEL__DICTIONARY_SEED);
		createEAttribute(syntheticModelEClass, SYNTHETIC_MODEL__BIAS_NORM);
		createEAttribute(syntheticModelEClass, SYNTHETIC_MODEL__NOISE_SCALE);
		createEAttribute(syntheticModelEClass, SYNTHETIC_MODEL__ANISOTROPIC_DIMENSIONS);
		createEAttribute(syntheticModelEClass, SYNTHETIC_MODEL__ANISOTROPY_SCALE);
		createEAttribute(syntheticModelEClass, SYNTHETIC_MODEL__FAMILY);
		createEAttribute(syntheticModelEClass, SYNTHETIC_MODEL__MODALITY);
		createEAttribute(syntheticModelEClass, SYNTHETIC_MODEL__NOISE_EXPONENT);

		// Create enums
		preprocessingModeEEnum = createEEnum(PREPROCESSING_MODE);
		tieRuleEEnum = createEEnum(TIE_RULE);
		dictionaryKindEEnum = createEEnum(DICTIONARY_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		signalAnalysisEClass.getESuperTypes().add(this.getAnalysis());
		featureMatchingAnalysisEClass.getESuperTypes().add(this.getAnalysis());
		biasAnalysisEClass.getESuperTypes().add(this.getAnalysis());
		noiseAnalysisEClass.getESuperTypes().add(this.getAnalysis());
		metaAnalysisEClass.getESuperTypes().add(this.getAnalysis());
		probeAnalysisEClass.getESuperTypes().add(this.getAnalysis());
		contributedAnalysisEClass.getESuperTypes().add(this.getAnalysis());

		// Initialize classes, features, and operations; add parameters
		initEClass(experimentEClass, Experiment.class, "Experiment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExperiment_Name(), ecorePackage.getEString(), "name", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_Description(), ecorePackage.getEString(), "description", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_Seed(), ecorePackage.getELong(), "seed", "12345", 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Sources(), this.getSource(), null, "sources", null, 0, -1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_ItemsFile(), ecorePackage.getEString(), "itemsFile", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_FrequenciesFile(), ecorePackage.getEString(), "frequenciesFile", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_AttributesFile(), ecorePackage.getEString(), "attributesFile", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_Preprocessing(), this.getPreprocessingMode(), "preprocessing", null, 0, -1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Metrics(), this.getMetricSetting(), null, "metrics", null, 0, -1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Protocol(), this.getProtocol(), null, "protocol", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Sae(), this.getSaeSettings(), null, "sae", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Analyses(), this.getAnalysis(), null, "analyses", null, 0, -1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Synthetic(), this.getSyntheticData(), null, "synthetic", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sourceEClass, Source.class, "Source", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSource_Id(), ecorePackage.getEString(), "id", null, 1, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_File(), ecorePackage.getEString(), "file", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Format(), ecorePackage.getEString(), "format", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_TensorName(), ecorePackage.getEString(), "tensorName", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_ItemsFile(), ecorePackage.getEString(), "itemsFile", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_SaeFolder(), ecorePackage.getEString(), "saeFolder", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Family(), ecorePackage.getEString(), "family", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Modality(), ecorePackage.getEString(), "modality", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Parameters(), ecorePackage.getEDoubleObject(), "parameters", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Depth(), ecorePackage.getEIntegerObject(), "depth", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Width(), ecorePackage.getEIntegerObject(), "width", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_TrainingDataSize(), ecorePackage.getEDoubleObject(), "trainingDataSize", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Year(), ecorePackage.getEIntegerObject(), "year", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Layer(), ecorePackage.getEString(), "layer", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(metricSettingEClass, MetricSetting.class, "MetricSetting", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMetricSetting_Id(), ecorePackage.getEString(), "id", null, 0, 1, MetricSetting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMetricSetting_Parameters(), this.getMetricParameter(), null, "parameters", null, 0, -1, MetricSetting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(metricParameterEClass, MetricParameter.class, "MetricParameter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMetricParameter_Name(), ecorePackage.getEString(), "name", null, 0, 1, MetricParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetricParameter_Value(), ecorePackage.getEString(), "value", null, 0, 1, MetricParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(protocolEClass, Protocol.class, "Protocol", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProtocol_Subsamples(), ecorePackage.getEInt(), "subsamples", "10", 0, 1, Protocol.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProtocol_SubsampleSize(), ecorePackage.getEInt(), "subsampleSize", "1000", 0, 1, Protocol.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProtocol_Permutations(), ecorePackage.getEInt(), "permutations", "10", 0, 1, Protocol.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProtocol_TieRule(), this.getTieRule(), "tieRule", "random", 0, 1, Protocol.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(saeSettingsEClass, SaeSettings.class, "SaeSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSaeSettings_Architecture(), ecorePackage.getEString(), "architecture", "topk", 0, 1, SaeSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSaeSettings_Recipe(), ecorePackage.getEString(), "recipe", "l2prh", 0, 1, SaeSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSaeSettings_Latents(), ecorePackage.getEInt(), "latents", "4096", 0, 1, SaeSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSaeSettings_K(), ecorePackage.getEInt(), "k", "32", 0, 1, SaeSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSaeSettings_Steps(), ecorePackage.getEInt(), "steps", "2000", 0, 1, SaeSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSaeSettings_BatchSize(), ecorePackage.getEInt(), "batchSize", "1024", 0, 1, SaeSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSaeSettings_LearningRate(), ecorePackage.getEDouble(), "learningRate", "4.0E-4", 0, 1, SaeSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSaeSettings_TruncationLower(), ecorePackage.getEDouble(), "truncationLower", "1.0E-5", 0, 1, SaeSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSaeSettings_TruncationUpper(), ecorePackage.getEDouble(), "truncationUpper", "0.1", 0, 1, SaeSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(analysisEClass, Analysis.class, "Analysis", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAnalysis_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, Analysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(signalAnalysisEClass, SignalAnalysis.class, "SignalAnalysis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(featureMatchingAnalysisEClass, FeatureMatchingAnalysis.class, "FeatureMatchingAnalysis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFeatureMatchingAnalysis_Permutations(), ecorePackage.getEInt(), "permutations", "10", 0, 1, FeatureMatchingAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeatureMatchingAnalysis_Binary(), ecorePackage.getEBoolean(), "binary", "true", 0, 1, FeatureMatchingAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(biasAnalysisEClass, BiasAnalysis.class, "BiasAnalysis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(noiseAnalysisEClass, NoiseAnalysis.class, "NoiseAnalysis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNoiseAnalysis_WindowSize(), ecorePackage.getEInt(), "windowSize", "500", 0, 1, NoiseAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNoiseAnalysis_Stride(), ecorePackage.getEInt(), "stride", "250", 0, 1, NoiseAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNoiseAnalysis_Windows(), ecorePackage.getEInt(), "windows", "10", 0, 1, NoiseAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNoiseAnalysis_ExcludeSameFamily(), ecorePackage.getEBoolean(), "excludeSameFamily", "false", 0, 1, NoiseAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNoiseAnalysis_Preprocessing(), this.getPreprocessingMode(), "preprocessing", "centered", 0, 1, NoiseAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(metaAnalysisEClass, MetaAnalysis.class, "MetaAnalysis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMetaAnalysis_Lambdas(), ecorePackage.getEDouble(), "lambdas", null, 0, -1, MetaAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetaAnalysis_Preprocessing(), this.getPreprocessingMode(), "preprocessing", "centered", 0, 1, MetaAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(probeAnalysisEClass, ProbeAnalysis.class, "ProbeAnalysis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProbeAnalysis_Folds(), ecorePackage.getEInt(), "folds", "5", 0, 1, ProbeAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProbeAnalysis_L2(), ecorePackage.getEDouble(), "l2", "1.0", 0, 1, ProbeAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProbeAnalysis_MinPositives(), ecorePackage.getEInt(), "minPositives", "10", 0, 1, ProbeAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contributedAnalysisEClass, ContributedAnalysis.class, "ContributedAnalysis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContributedAnalysis_AnalysisId(), ecorePackage.getEString(), "analysisId", null, 1, 1, ContributedAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContributedAnalysis_Settings(), this.getAnalysisSetting(), null, "settings", null, 0, -1, ContributedAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(analysisSettingEClass, AnalysisSetting.class, "AnalysisSetting", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAnalysisSetting_Name(), ecorePackage.getEString(), "name", null, 0, 1, AnalysisSetting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysisSetting_Value(), ecorePackage.getEString(), "value", null, 0, 1, AnalysisSetting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(syntheticDataEClass, SyntheticData.class, "SyntheticData", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSyntheticData_Seed(), ecorePackage.getELong(), "seed", "20260522", 0, 1, SyntheticData.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyntheticData_Items(), ecorePackage.getEInt(), "items", "400", 0, 1, SyntheticData.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyntheticData_Attributes(), ecorePackage.getEInt(), "attributes", "160", 0, 1, SyntheticData.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyntheticData_ActivePerItem(), ecorePackage.getEInt(), "activePerItem", "6", 0, 1, SyntheticData.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyntheticData_CodeMagnitude(), ecorePackage.getEDouble(), "codeMagnitude", "1.0", 0, 1, SyntheticData.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyntheticData_CodeJitter(), ecorePackage.getEDouble(), "codeJitter", "0.25", 0, 1, SyntheticData.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyntheticData_ZipfExponent(), ecorePackage.getEDouble(), "zipfExponent", "1.0", 0, 1, SyntheticData.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyntheticData_TopFrequency(), ecorePackage.getEDouble(), "topFrequency", "1000.0", 0, 1, SyntheticData.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSyntheticData_Models(), this.getSyntheticModel(), null, "models", null, 0, -1, SyntheticData.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyntheticData_AttributeLabelNoise(), ecorePackage.getEDouble(), "attributeLabelNoise", "0.0", 0, 1, SyntheticData.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(syntheticModelEClass, SyntheticModel.class, "SyntheticModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSyntheticModel_Id(), ecorePackage.getEString(), "id", null, 0, 1, SyntheticModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyntheticModel_Dimension(), ecorePackage.getEInt(), "dimension", "64", 0, 1, SyntheticModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyntheticModel_Dictionary(), this.getDictionaryKind(), "dictionary", "random", 0, 1, SyntheticModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyntheticModel_DictionarySeed(), ecorePackage.getELongObject(), "dictionarySeed", null, 0, 1, SyntheticModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyntheticModel_BiasNorm(), ecorePackage.getEDouble(), "biasNorm", "0.0", 0, 1, SyntheticModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyntheticModel_NoiseScale(), ecorePackage.getEDouble(), "noiseScale", "0.0", 0, 1, SyntheticModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyntheticModel_AnisotropicDimensions(), ecorePackage.getEInt(), "anisotropicDimensions", "0", 0, 1, SyntheticModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyntheticModel_AnisotropyScale(), ecorePackage.getEDouble(), "anisotropyScale", "1.0", 0, 1, SyntheticModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyntheticModel_Family(), ecorePackage.getEString(), "family", null, 0, 1, SyntheticModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyntheticModel_Modality(), ecorePackage.getEString(), "modality", null, 0, 1, SyntheticModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyntheticModel_NoiseExponent(), ecorePackage.getEDouble(), "noiseExponent", "0.5", 0, 1, SyntheticModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(preprocessingModeEEnum, PreprocessingMode.class, "PreprocessingMode");
		addEEnumLiteral(preprocessingModeEEnum, PreprocessingMode.NONE);
		addEEnumLiteral(preprocessingModeEEnum, PreprocessingMode.RAW);
		addEEnumLiteral(preprocessingModeEEnum, PreprocessingMode.CENTERED);
		addEEnumLiteral(preprocessingModeEEnum, PreprocessingMode.CLAMP);

		initEEnum(tieRuleEEnum, TieRule.class, "TieRule");
		addEEnumLiteral(tieRuleEEnum, TieRule.RANDOM);
		addEEnumLiteral(tieRuleEEnum, TieRule.INDEX);

		initEEnum(dictionaryKindEEnum, DictionaryKind.class, "DictionaryKind");
		addEEnumLiteral(dictionaryKindEEnum, DictionaryKind.RANDOM);
		addEEnumLiteral(dictionaryKindEEnum, DictionaryKind.ORTHONORMAL);

		// Create resource
		createResource(eNS_URI);
	}

} //ExperimentPackageImpl
