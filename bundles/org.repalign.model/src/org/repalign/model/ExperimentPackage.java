/**
 * RepAlign
 */
package org.repalign.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The RepAlign experiment: representation sources, side files, preprocessing, metrics, the subsampling protocol, SAE settings, analyses and synthetic data.
 * <!-- end-model-doc -->
 * @see org.repalign.model.ExperimentFactory
 * @model kind="package"
 * @generated
 */
public interface ExperimentPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.repalign.org/experiment/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "repalign";

	/**
	 * The package content type ID.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eCONTENT_TYPE = "org.repalign.model.experiment";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ExperimentPackage eINSTANCE = org.repalign.model.impl.ExperimentPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.repalign.model.impl.ExperimentImpl <em>Experiment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.repalign.model.impl.ExperimentImpl
	 * @see org.repalign.model.impl.ExperimentPackageImpl#getExperiment()
	 * @generated
	 */
	int EXPERIMENT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__SEED = 2;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__SOURCES = 3;

	/**
	 * The feature id for the '<em><b>Items File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__ITEMS_FILE = 4;

	/**
	 * The feature id for the '<em><b>Frequencies File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__FREQUENCIES_FILE = 5;

	/**
	 * The feature id for the '<em><b>Attributes File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__ATTRIBUTES_FILE = 6;

	/**
	 * The feature id for the '<em><b>Preprocessing</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__PREPROCESSING = 7;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__METRICS = 8;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__PROTOCOL = 9;

	/**
	 * The feature id for the '<em><b>Sae</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__SAE = 10;

	/**
	 * The feature id for the '<em><b>Analyses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__ANALYSES = 11;

	/**
	 * The feature id for the '<em><b>Synthetic</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__SYNTHETIC = 12;

	/**
	 * The number of structural features of the '<em>Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.repalign.model.impl.SourceImpl <em>Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.repalign.model.impl.SourceImpl
	 * @see org.repalign.model.impl.ExperimentPackageImpl#getSource()
	 * @generated
	 */
	int SOURCE = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__ID = 0;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__FILE = 1;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__FORMAT = 2;

	/**
	 * The feature id for the '<em><b>Tensor Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__TENSOR_NAME = 3;

	/**
	 * The feature id for the '<em><b>Items File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__ITEMS_FILE = 4;

	/**
	 * The feature id for the '<em><b>Sae Folder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__SAE_FOLDER = 5;

	/**
	 * The feature id for the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__FAMILY = 6;

	/**
	 * The feature id for the '<em><b>Modality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__MODALITY = 7;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__PARAMETERS = 8;

	/**
	 * The feature id for the '<em><b>Depth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__DEPTH = 9;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__WIDTH = 10;

	/**
	 * The feature id for the '<em><b>Training Data Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__TRAINING_DATA_SIZE = 11;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__YEAR = 12;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__LAYER = 13;

	/**
	 * The number of structural features of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.repalign.model.impl.MetricSettingImpl <em>Metric Setting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.repalign.model.impl.MetricSettingImpl
	 * @see org.repalign.model.impl.ExperimentPackageImpl#getMetricSetting()
	 * @generated
	 */
	int METRIC_SETTING = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SETTING__ID = 0;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SETTING__PARAMETERS = 1;

	/**
	 * The number of structural features of the '<em>Metric Setting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SETTING_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Metric Setting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SETTING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.repalign.model.impl.MetricParameterImpl <em>Metric Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.repalign.model.impl.MetricParameterImpl
	 * @see org.repalign.model.impl.ExperimentPackageImpl#getMetricParameter()
	 * @generated
	 */
	int METRIC_PARAMETER = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_PARAMETER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_PARAMETER__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Metric Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_PARAMETER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Metric Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_PARAMETER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.repalign.model.impl.ProtocolImpl <em>Protocol</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.repalign.model.impl.ProtocolImpl
	 * @see org.repalign.model.impl.ExperimentPackageImpl#getProtocol()
	 * @generated
	 */
	int PROTOCOL = 4;

	/**
	 * The feature id for the '<em><b>Subsamples</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__SUBSAMPLES = 0;

	/**
	 * The feature id for the '<em><b>Subsample Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__SUBSAMPLE_SIZE = 1;

	/**
	 * The feature id for the '<em><b>Permutations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__PERMUTATIONS = 2;

	/**
	 * The feature id for the '<em><b>Tie Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__TIE_RULE = 3;

	/**
	 * The number of structural features of the '<em>Protocol</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Protocol</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.repalign.model.impl.SaeSettingsImpl <em>Sae Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.repalign.model.impl.SaeSettingsImpl
	 * @see org.repalign.model.impl.ExperimentPackageImpl#getSaeSettings()
	 * @generated
	 */
	int SAE_SETTINGS = 5;

	/**
	 * The feature id for the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAE_SETTINGS__ARCHITECTURE = 0;

	/**
	 * The feature id for the '<em><b>Recipe</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAE_SETTINGS__RECIPE = 1;

	/**
	 * The feature id for the '<em><b>Latents</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAE_SETTINGS__LATENTS = 2;

	/**
	 * The feature id for the '<em><b>K</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAE_SETTINGS__K = 3;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAE_SETTINGS__STEPS = 4;

	/**
	 * The feature id for the '<em><b>Batch Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAE_SETTINGS__BATCH_SIZE = 5;

	/**
	 * The feature id for the '<em><b>Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAE_SETTINGS__LEARNING_RATE = 6;

	/**
	 * The feature id for the '<em><b>Truncation Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAE_SETTINGS__TRUNCATION_LOWER = 7;

	/**
	 * The feature id for the '<em><b>Truncation Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAE_SETTINGS__TRUNCATION_UPPER = 8;

	/**
	 * The number of structural features of the '<em>Sae Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAE_SETTINGS_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Sae Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAE_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.repalign.model.impl.AnalysisImpl <em>Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.repalign.model.impl.AnalysisImpl
	 * @see org.repalign.model.impl.ExperimentPackageImpl#getAnalysis()
	 * @generated
	 */
	int ANALYSIS = 6;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__ENABLED = 0;

	/**
	 * The number of structural features of the '<em>Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.repalign.model.impl.SignalAnalysisImpl <em>Signal Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.repalign.model.impl.SignalAnalysisImpl
	 * @see org.repalign.model.impl.ExperimentPackageImpl#getSignalAnalysis()
	 * @generated
	 */
	int SIGNAL_ANALYSIS = 7;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL_ANALYSIS__ENABLED = ANALYSIS__ENABLED;

	/**
	 * The number of structural features of the '<em>Signal Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL_ANALYSIS_FEATURE_COUNT = ANALYSIS_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Signal Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL_ANALYSIS_OPERATION_COUNT = ANALYSIS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.repalign.model.impl.FeatureMatchingAnalysisImpl <em>Feature Matching Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.repalign.model.impl.FeatureMatchingAnalysisImpl
	 * @see org.repalign.model.impl.ExperimentPackageImpl#getFeatureMatchingAnalysis()
	 * @generated
	 */
	int FEATURE_MATCHING_ANALYSIS = 8;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_MATCHING_ANALYSIS__ENABLED = ANALYSIS__ENABLED;

	/**
	 * The feature id for the '<em><b>Permutations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_MATCHING_ANALYSIS__PERMUTATIONS = ANALYSIS_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Binary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_MATCHING_ANALYSIS__BINARY = ANALYSIS_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Feature Matching Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_MATCHING_ANALYSIS_FEATURE_COUNT = ANALYSIS_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Feature Matching Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_MATCHING_ANALYSIS_OPERATION_COUNT = ANALYSIS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.repalign.model.impl.BiasAnalysisImpl <em>Bias Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.repalign.model.impl.BiasAnalysisImpl
	 * @see org.repalign.model.impl.ExperimentPackageImpl#getBiasAnalysis()
	 * @generated
	 */
	int BIAS_ANALYSIS = 9;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIAS_ANALYSIS__ENABLED = ANALYSIS__ENABLED;

	/**
	 * The number of structural features of the '<em>Bias Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIAS_ANALYSIS_FEATURE_COUNT = ANALYSIS_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Bias Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIAS_ANALYSIS_OPERATION_COUNT = ANALYSIS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.repalign.model.impl.NoiseAnalysisImpl <em>Noise Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.repalign.model.impl.NoiseAnalysisImpl
	 * @see org.repalign.model.impl.ExperimentPackageImpl#getNoiseAnalysis()
	 * @generated
	 */
	int NOISE_ANALYSIS = 10;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_ANALYSIS__ENABLED = ANALYSIS__ENABLED;

	/**
	 * The feature id for the '<em><b>Window Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_ANALYSIS__WINDOW_SIZE = ANALYSIS_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Stride</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_ANALYSIS__STRIDE = ANALYSIS_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Windows</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_ANALYSIS__WINDOWS = ANALYSIS_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Exclude Same Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_ANALYSIS__EXCLUDE_SAME_FAMILY = ANALYSIS_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Preprocessing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_ANALYSIS__PREPROCESSING = ANALYSIS_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Noise Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_ANALYSIS_FEATURE_COUNT = ANALYSIS_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Noise Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_ANALYSIS_OPERATION_COUNT = ANALYSIS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.repalign.model.impl.MetaAnalysisImpl <em>Meta Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.repalign.model.impl.MetaAnalysisImpl
	 * @see org.repalign.model.impl.ExperimentPackageImpl#getMetaAnalysis()
	 * @generated
	 */
	int META_ANALYSIS = 11;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int META_ANALYSIS__ENABLED = ANALYSIS__ENABLED;

	/**
	 * The feature id for the '<em><b>Lambdas</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int META_ANALYSIS__LAMBDAS = ANALYSIS_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Preprocessing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int META_ANALYSIS__PREPROCESSING = ANALYSIS_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Meta Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int META_ANALYSIS_FEATURE_COUNT = ANALYSIS_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Meta Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int META_ANALYSIS_OPERATION_COUNT = ANALYSIS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.repalign.model.impl.ProbeAnalysisImpl <em>Probe Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.repalign.model.impl.ProbeAnalysisImpl
	 * @see org.repalign.model.impl.ExperimentPackageImpl#getProbeAnalysis()
	 * @generated
	 */
	int PROBE_ANALYSIS = 12;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_ANALYSIS__ENABLED = ANALYSIS__ENABLED;

	/**
	 * The feature id for the '<em><b>Folds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_ANALYSIS__FOLDS = ANALYSIS_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>L2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_ANALYSIS__L2 = ANALYSIS_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Min Positives</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_ANALYSIS__MIN_POSITIVES = ANALYSIS_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Probe Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_ANALYSIS_FEATURE_COUNT = ANALYSIS_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Probe Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_ANALYSIS_OPERATION_COUNT = ANALYSIS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.repalign.model.impl.ContributedAnalysisImpl <em>Contributed Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.repalign.model.impl.ContributedAnalysisImpl
	 * @see org.repalign.model.impl.ExperimentPackageImpl#getContributedAnalysis()
	 * @generated
	 */
	int CONTRIBUTED_ANALYSIS = 13;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTED_ANALYSIS__ENABLED = ANALYSIS__ENABLED;

	/**
	 * The feature id for the '<em><b>Analysis Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTED_ANALYSIS__ANALYSIS_ID = ANALYSIS_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTED_ANALYSIS__SETTINGS = ANALYSIS_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Contributed Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTED_ANALYSIS_FEATURE_COUNT = ANALYSIS_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Contributed Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTED_ANALYSIS_OPERATION_COUNT = ANALYSIS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.repalign.model.impl.AnalysisSettingImpl <em>Analysis Setting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.repalign.model.impl.AnalysisSettingImpl
	 * @see org.repalign.model.impl.ExperimentPackageImpl#getAnalysisSetting()
	 * @generated
	 */
	int ANALYSIS_SETTING = 14;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SETTING__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SETTING__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Analysis Setting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SETTING_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Analysis Setting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SETTING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.repalign.model.impl.SyntheticDataImpl <em>Synthetic Data</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.repalign.model.impl.SyntheticDataImpl
	 * @see org.repalign.model.impl.ExperimentPackageImpl#getSyntheticData()
	 * @generated
	 */
	int SYNTHETIC_DATA = 15;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNTHETIC_DATA__SEED = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNTHETIC_DATA__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Attributes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNTHETIC_DATA__ATTRIBUTES = 2;

	/**
	 * The feature id for the '<em><b>Active Per Item</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNTHETIC_DATA__ACTIVE_PER_ITEM = 3;

	/**
	 * The feature id for the '<em><b>Code Magnitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNTHETIC_DATA__CODE_MAGNITUDE = 4;

	/**
	 * The feature id for the '<em><b>Code Jitter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNTHETIC_DATA__CODE_JITTER = 5;

	/**
	 * The feature id for the '<em><b>Zipf Exponent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNTHETIC_DATA__ZIPF_EXPONENT = 6;

	/**
	 * The feature id for the '<em><b>Top Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNTHETIC_DATA__TOP_FREQUENCY = 7;

	/**
	 * The feature id for the '<em><b>Models</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNTHETIC_DATA__MODELS = 8;

	/**
	 * The feature id for the '<em><b>Attribute Label Noise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNTHETIC_DATA__ATTRIBUTE_LABEL_NOISE = 9;

	/**
	 * The number of structural features of the '<em>Synthetic Data</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNTHETIC_DATA_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Synthetic Data</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNTHETIC_DATA_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.repalign.model.impl.SyntheticModelImpl <em>Synthetic Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.repalign.model.impl.SyntheticModelImpl
	 * @see org.repalign.model.impl.ExperimentPackageImpl#getSyntheticModel()
	 * @generated
	 */
	int SYNTHETIC_MODEL = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNTHETIC_MODEL__ID = 0;

	/**
	 * The feature id for the '<em><b>Dimension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNTHETIC_MODEL__DIMENSION = 1;

	/**
	 * The feature id for the '<em><b>Dictionary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNTHETIC_MODEL__DICTIONARY = 2;

	/**
	 * The feature id for the '<em><b>Dictionary Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNTHETIC_MODEL__DICTIONARY_SEED = 3;

	/**
	 * The feature id for the '<em><b>Bias Norm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNTHETIC_MODEL__BIAS_NORM = 4;

	/**
	 * The feature id for the '<em><b>Noise Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNTHETIC_MODEL__NOISE_SCALE = 5;

	/**
	 * The feature id for the '<em><b>Anisotropic Dimensions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNTHETIC_MODEL__ANISOTROPIC_DIMENSIONS = 6;

	/**
	 * The feature id for the '<em><b>Anisotropy Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNTHETIC_MODEL__ANISOTROPY_SCALE = 7;

	/**
	 * The feature id for the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNTHETIC_MODEL__FAMILY = 8;

	/**
	 * The feature id for the '<em><b>Modality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNTHETIC_MODEL__MODALITY = 9;

	/**
	 * The feature id for the '<em><b>Noise Exponent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNTHETIC_MODEL__NOISE_EXPONENT = 10;

	/**
	 * The number of structural features of the '<em>Synthetic Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNTHETIC_MODEL_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Synthetic Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNTHETIC_MODEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.repalign.model.PreprocessingMode <em>Preprocessing Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.repalign.model.PreprocessingMode
	 * @see org.repalign.model.impl.ExperimentPackageImpl#getPreprocessingMode()
	 * @generated
	 */
	int PREPROCESSING_MODE = 17;

	/**
	 * The meta object id for the '{@link org.repalign.model.TieRule <em>Tie Rule</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.repalign.model.TieRule
	 * @see org.repalign.model.impl.ExperimentPackageImpl#getTieRule()
	 * @generated
	 */
	int TIE_RULE = 18;

	/**
	 * The meta object id for the '{@link org.repalign.model.DictionaryKind <em>Dictionary Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.repalign.model.DictionaryKind
	 * @see org.repalign.model.impl.ExperimentPackageImpl#getDictionaryKind()
	 * @generated
	 */
	int DICTIONARY_KIND = 19;


	/**
	 * Returns the meta object for class '{@link org.repalign.model.Experiment <em>Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Experiment</em>'.
	 * @see org.repalign.model.Experiment
	 * @generated
	 */
	EClass getExperiment();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.Experiment#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.repalign.model.Experiment#getName()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.Experiment#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.repalign.model.Experiment#getDescription()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.Experiment#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.repalign.model.Experiment#getSeed()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Seed();

	/**
	 * Returns the meta object for the containment reference list '{@link org.repalign.model.Experiment#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see org.repalign.model.Experiment#getSources()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Sources();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.Experiment#getItemsFile <em>Items File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Items File</em>'.
	 * @see org.repalign.model.Experiment#getItemsFile()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_ItemsFile();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.Experiment#getFrequenciesFile <em>Frequencies File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequencies File</em>'.
	 * @see org.repalign.model.Experiment#getFrequenciesFile()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_FrequenciesFile();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.Experiment#getAttributesFile <em>Attributes File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attributes File</em>'.
	 * @see org.repalign.model.Experiment#getAttributesFile()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_AttributesFile();

	/**
	 * Returns the meta object for the attribute list '{@link org.repalign.model.Experiment#getPreprocessing <em>Preprocessing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Preprocessing</em>'.
	 * @see org.repalign.model.Experiment#getPreprocessing()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Preprocessing();

	/**
	 * Returns the meta object for the containment reference list '{@link org.repalign.model.Experiment#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Metrics</em>'.
	 * @see org.repalign.model.Experiment#getMetrics()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Metrics();

	/**
	 * Returns the meta object for the containment reference '{@link org.repalign.model.Experiment#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Protocol</em>'.
	 * @see org.repalign.model.Experiment#getProtocol()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Protocol();

	/**
	 * Returns the meta object for the containment reference '{@link org.repalign.model.Experiment#getSae <em>Sae</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Sae</em>'.
	 * @see org.repalign.model.Experiment#getSae()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Sae();

	/**
	 * Returns the meta object for the containment reference list '{@link org.repalign.model.Experiment#getAnalyses <em>Analyses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Analyses</em>'.
	 * @see org.repalign.model.Experiment#getAnalyses()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Analyses();

	/**
	 * Returns the meta object for the containment reference '{@link org.repalign.model.Experiment#getSynthetic <em>Synthetic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Synthetic</em>'.
	 * @see org.repalign.model.Experiment#getSynthetic()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Synthetic();

	/**
	 * Returns the meta object for class '{@link org.repalign.model.Source <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source</em>'.
	 * @see org.repalign.model.Source
	 * @generated
	 */
	EClass getSource();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.Source#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.repalign.model.Source#getId()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.Source#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.repalign.model.Source#getFile()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_File();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.Source#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.repalign.model.Source#getFormat()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.Source#getTensorName <em>Tensor Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tensor Name</em>'.
	 * @see org.repalign.model.Source#getTensorName()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_TensorName();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.Source#getItemsFile <em>Items File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Items File</em>'.
	 * @see org.repalign.model.Source#getItemsFile()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_ItemsFile();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.Source#getSaeFolder <em>Sae Folder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sae Folder</em>'.
	 * @see org.repalign.model.Source#getSaeFolder()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_SaeFolder();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.Source#getFamily <em>Family</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Family</em>'.
	 * @see org.repalign.model.Source#getFamily()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Family();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.Source#getModality <em>Modality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modality</em>'.
	 * @see org.repalign.model.Source#getModality()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Modality();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.Source#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parameters</em>'.
	 * @see org.repalign.model.Source#getParameters()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Parameters();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.Source#getDepth <em>Depth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Depth</em>'.
	 * @see org.repalign.model.Source#getDepth()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Depth();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.Source#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.repalign.model.Source#getWidth()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.Source#getTrainingDataSize <em>Training Data Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Training Data Size</em>'.
	 * @see org.repalign.model.Source#getTrainingDataSize()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_TrainingDataSize();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.Source#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.repalign.model.Source#getYear()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.Source#getLayer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layer</em>'.
	 * @see org.repalign.model.Source#getLayer()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Layer();

	/**
	 * Returns the meta object for class '{@link org.repalign.model.MetricSetting <em>Metric Setting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric Setting</em>'.
	 * @see org.repalign.model.MetricSetting
	 * @generated
	 */
	EClass getMetricSetting();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.MetricSetting#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.repalign.model.MetricSetting#getId()
	 * @see #getMetricSetting()
	 * @generated
	 */
	EAttribute getMetricSetting_Id();

	/**
	 * Returns the meta object for the containment reference list '{@link org.repalign.model.MetricSetting#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.repalign.model.MetricSetting#getParameters()
	 * @see #getMetricSetting()
	 * @generated
	 */
	EReference getMetricSetting_Parameters();

	/**
	 * Returns the meta object for class '{@link org.repalign.model.MetricParameter <em>Metric Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric Parameter</em>'.
	 * @see org.repalign.model.MetricParameter
	 * @generated
	 */
	EClass getMetricParameter();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.MetricParameter#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.repalign.model.MetricParameter#getName()
	 * @see #getMetricParameter()
	 * @generated
	 */
	EAttribute getMetricParameter_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.MetricParameter#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.repalign.model.MetricParameter#getValue()
	 * @see #getMetricParameter()
	 * @generated
	 */
	EAttribute getMetricParameter_Value();

	/**
	 * Returns the meta object for class '{@link org.repalign.model.Protocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Protocol</em>'.
	 * @see org.repalign.model.Protocol
	 * @generated
	 */
	EClass getProtocol();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.Protocol#getSubsamples <em>Subsamples</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subsamples</em>'.
	 * @see org.repalign.model.Protocol#getSubsamples()
	 * @see #getProtocol()
	 * @generated
	 */
	EAttribute getProtocol_Subsamples();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.Protocol#getSubsampleSize <em>Subsample Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subsample Size</em>'.
	 * @see org.repalign.model.Protocol#getSubsampleSize()
	 * @see #getProtocol()
	 * @generated
	 */
	EAttribute getProtocol_SubsampleSize();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.Protocol#getPermutations <em>Permutations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Permutations</em>'.
	 * @see org.repalign.model.Protocol#getPermutations()
	 * @see #getProtocol()
	 * @generated
	 */
	EAttribute getProtocol_Permutations();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.Protocol#getTieRule <em>Tie Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tie Rule</em>'.
	 * @see org.repalign.model.Protocol#getTieRule()
	 * @see #getProtocol()
	 * @generated
	 */
	EAttribute getProtocol_TieRule();

	/**
	 * Returns the meta object for class '{@link org.repalign.model.SaeSettings <em>Sae Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sae Settings</em>'.
	 * @see org.repalign.model.SaeSettings
	 * @generated
	 */
	EClass getSaeSettings();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.SaeSettings#getArchitecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Architecture</em>'.
	 * @see org.repalign.model.SaeSettings#getArchitecture()
	 * @see #getSaeSettings()
	 * @generated
	 */
	EAttribute getSaeSettings_Architecture();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.SaeSettings#getRecipe <em>Recipe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recipe</em>'.
	 * @see org.repalign.model.SaeSettings#getRecipe()
	 * @see #getSaeSettings()
	 * @generated
	 */
	EAttribute getSaeSettings_Recipe();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.SaeSettings#getLatents <em>Latents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Latents</em>'.
	 * @see org.repalign.model.SaeSettings#getLatents()
	 * @see #getSaeSettings()
	 * @generated
	 */
	EAttribute getSaeSettings_Latents();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.SaeSettings#getK <em>K</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>K</em>'.
	 * @see org.repalign.model.SaeSettings#getK()
	 * @see #getSaeSettings()
	 * @generated
	 */
	EAttribute getSaeSettings_K();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.SaeSettings#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Steps</em>'.
	 * @see org.repalign.model.SaeSettings#getSteps()
	 * @see #getSaeSettings()
	 * @generated
	 */
	EAttribute getSaeSettings_Steps();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.SaeSettings#getBatchSize <em>Batch Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Batch Size</em>'.
	 * @see org.repalign.model.SaeSettings#getBatchSize()
	 * @see #getSaeSettings()
	 * @generated
	 */
	EAttribute getSaeSettings_BatchSize();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.SaeSettings#getLearningRate <em>Learning Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Learning Rate</em>'.
	 * @see org.repalign.model.SaeSettings#getLearningRate()
	 * @see #getSaeSettings()
	 * @generated
	 */
	EAttribute getSaeSettings_LearningRate();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.SaeSettings#getTruncationLower <em>Truncation Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Truncation Lower</em>'.
	 * @see org.repalign.model.SaeSettings#getTruncationLower()
	 * @see #getSaeSettings()
	 * @generated
	 */
	EAttribute getSaeSettings_TruncationLower();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.SaeSettings#getTruncationUpper <em>Truncation Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Truncation Upper</em>'.
	 * @see org.repalign.model.SaeSettings#getTruncationUpper()
	 * @see #getSaeSettings()
	 * @generated
	 */
	EAttribute getSaeSettings_TruncationUpper();

	/**
	 * Returns the meta object for class '{@link org.repalign.model.Analysis <em>Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Analysis</em>'.
	 * @see org.repalign.model.Analysis
	 * @generated
	 */
	EClass getAnalysis();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.Analysis#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.repalign.model.Analysis#isEnabled()
	 * @see #getAnalysis()
	 * @generated
	 */
	EAttribute getAnalysis_Enabled();

	/**
	 * Returns the meta object for class '{@link org.repalign.model.SignalAnalysis <em>Signal Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Signal Analysis</em>'.
	 * @see org.repalign.model.SignalAnalysis
	 * @generated
	 */
	EClass getSignalAnalysis();

	/**
	 * Returns the meta object for class '{@link org.repalign.model.FeatureMatchingAnalysis <em>Feature Matching Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Feature Matching Analysis</em>'.
	 * @see org.repalign.model.FeatureMatchingAnalysis
	 * @generated
	 */
	EClass getFeatureMatchingAnalysis();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.FeatureMatchingAnalysis#getPermutations <em>Permutations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Permutations</em>'.
	 * @see org.repalign.model.FeatureMatchingAnalysis#getPermutations()
	 * @see #getFeatureMatchingAnalysis()
	 * @generated
	 */
	EAttribute getFeatureMatchingAnalysis_Permutations();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.FeatureMatchingAnalysis#isBinary <em>Binary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Binary</em>'.
	 * @see org.repalign.model.FeatureMatchingAnalysis#isBinary()
	 * @see #getFeatureMatchingAnalysis()
	 * @generated
	 */
	EAttribute getFeatureMatchingAnalysis_Binary();

	/**
	 * Returns the meta object for class '{@link org.repalign.model.BiasAnalysis <em>Bias Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bias Analysis</em>'.
	 * @see org.repalign.model.BiasAnalysis
	 * @generated
	 */
	EClass getBiasAnalysis();

	/**
	 * Returns the meta object for class '{@link org.repalign.model.NoiseAnalysis <em>Noise Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Noise Analysis</em>'.
	 * @see org.repalign.model.NoiseAnalysis
	 * @generated
	 */
	EClass getNoiseAnalysis();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.NoiseAnalysis#getWindowSize <em>Window Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Window Size</em>'.
	 * @see org.repalign.model.NoiseAnalysis#getWindowSize()
	 * @see #getNoiseAnalysis()
	 * @generated
	 */
	EAttribute getNoiseAnalysis_WindowSize();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.NoiseAnalysis#getStride <em>Stride</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stride</em>'.
	 * @see org.repalign.model.NoiseAnalysis#getStride()
	 * @see #getNoiseAnalysis()
	 * @generated
	 */
	EAttribute getNoiseAnalysis_Stride();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.NoiseAnalysis#getWindows <em>Windows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Windows</em>'.
	 * @see org.repalign.model.NoiseAnalysis#getWindows()
	 * @see #getNoiseAnalysis()
	 * @generated
	 */
	EAttribute getNoiseAnalysis_Windows();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.NoiseAnalysis#isExcludeSameFamily <em>Exclude Same Family</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exclude Same Family</em>'.
	 * @see org.repalign.model.NoiseAnalysis#isExcludeSameFamily()
	 * @see #getNoiseAnalysis()
	 * @generated
	 */
	EAttribute getNoiseAnalysis_ExcludeSameFamily();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.NoiseAnalysis#getPreprocessing <em>Preprocessing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preprocessing</em>'.
	 * @see org.repalign.model.NoiseAnalysis#getPreprocessing()
	 * @see #getNoiseAnalysis()
	 * @generated
	 */
	EAttribute getNoiseAnalysis_Preprocessing();

	/**
	 * Returns the meta object for class '{@link org.repalign.model.MetaAnalysis <em>Meta Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Meta Analysis</em>'.
	 * @see org.repalign.model.MetaAnalysis
	 * @generated
	 */
	EClass getMetaAnalysis();

	/**
	 * Returns the meta object for the attribute list '{@link org.repalign.model.MetaAnalysis#getLambdas <em>Lambdas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Lambdas</em>'.
	 * @see org.repalign.model.MetaAnalysis#getLambdas()
	 * @see #getMetaAnalysis()
	 * @generated
	 */
	EAttribute getMetaAnalysis_Lambdas();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.MetaAnalysis#getPreprocessing <em>Preprocessing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preprocessing</em>'.
	 * @see org.repalign.model.MetaAnalysis#getPreprocessing()
	 * @see #getMetaAnalysis()
	 * @generated
	 */
	EAttribute getMetaAnalysis_Preprocessing();

	/**
	 * Returns the meta object for class '{@link org.repalign.model.ProbeAnalysis <em>Probe Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Probe Analysis</em>'.
	 * @see org.repalign.model.ProbeAnalysis
	 * @generated
	 */
	EClass getProbeAnalysis();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.ProbeAnalysis#getFolds <em>Folds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Folds</em>'.
	 * @see org.repalign.model.ProbeAnalysis#getFolds()
	 * @see #getProbeAnalysis()
	 * @generated
	 */
	EAttribute getProbeAnalysis_Folds();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.ProbeAnalysis#getL2 <em>L2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>L2</em>'.
	 * @see org.repalign.model.ProbeAnalysis#getL2()
	 * @see #getProbeAnalysis()
	 * @generated
	 */
	EAttribute getProbeAnalysis_L2();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.ProbeAnalysis#getMinPositives <em>Min Positives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Positives</em>'.
	 * @see org.repalign.model.ProbeAnalysis#getMinPositives()
	 * @see #getProbeAnalysis()
	 * @generated
	 */
	EAttribute getProbeAnalysis_MinPositives();

	/**
	 * Returns the meta object for class '{@link org.repalign.model.ContributedAnalysis <em>Contributed Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contributed Analysis</em>'.
	 * @see org.repalign.model.ContributedAnalysis
	 * @generated
	 */
	EClass getContributedAnalysis();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.ContributedAnalysis#getAnalysisId <em>Analysis Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Analysis Id</em>'.
	 * @see org.repalign.model.ContributedAnalysis#getAnalysisId()
	 * @see #getContributedAnalysis()
	 * @generated
	 */
	EAttribute getContributedAnalysis_AnalysisId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.repalign.model.ContributedAnalysis#getSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Settings</em>'.
	 * @see org.repalign.model.ContributedAnalysis#getSettings()
	 * @see #getContributedAnalysis()
	 * @generated
	 */
	EReference getContributedAnalysis_Settings();

	/**
	 * Returns the meta object for class '{@link org.repalign.model.AnalysisSetting <em>Analysis Setting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Analysis Setting</em>'.
	 * @see org.repalign.model.AnalysisSetting
	 * @generated
	 */
	EClass getAnalysisSetting();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.AnalysisSetting#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.repalign.model.AnalysisSetting#getName()
	 * @see #getAnalysisSetting()
	 * @generated
	 */
	EAttribute getAnalysisSetting_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.AnalysisSetting#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.repalign.model.AnalysisSetting#getValue()
	 * @see #getAnalysisSetting()
	 * @generated
	 */
	EAttribute getAnalysisSetting_Value();

	/**
	 * Returns the meta object for class '{@link org.repalign.model.SyntheticData <em>Synthetic Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Synthetic Data</em>'.
	 * @see org.repalign.model.SyntheticData
	 * @generated
	 */
	EClass getSyntheticData();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.SyntheticData#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.repalign.model.SyntheticData#getSeed()
	 * @see #getSyntheticData()
	 * @generated
	 */
	EAttribute getSyntheticData_Seed();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.SyntheticData#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Items</em>'.
	 * @see org.repalign.model.SyntheticData#getItems()
	 * @see #getSyntheticData()
	 * @generated
	 */
	EAttribute getSyntheticData_Items();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.SyntheticData#getAttributes <em>Attributes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attributes</em>'.
	 * @see org.repalign.model.SyntheticData#getAttributes()
	 * @see #getSyntheticData()
	 * @generated
	 */
	EAttribute getSyntheticData_Attributes();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.SyntheticData#getActivePerItem <em>Active Per Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active Per Item</em>'.
	 * @see org.repalign.model.SyntheticData#getActivePerItem()
	 * @see #getSyntheticData()
	 * @generated
	 */
	EAttribute getSyntheticData_ActivePerItem();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.SyntheticData#getCodeMagnitude <em>Code Magnitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code Magnitude</em>'.
	 * @see org.repalign.model.SyntheticData#getCodeMagnitude()
	 * @see #getSyntheticData()
	 * @generated
	 */
	EAttribute getSyntheticData_CodeMagnitude();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.SyntheticData#getCodeJitter <em>Code Jitter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code Jitter</em>'.
	 * @see org.repalign.model.SyntheticData#getCodeJitter()
	 * @see #getSyntheticData()
	 * @generated
	 */
	EAttribute getSyntheticData_CodeJitter();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.SyntheticData#getZipfExponent <em>Zipf Exponent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Zipf Exponent</em>'.
	 * @see org.repalign.model.SyntheticData#getZipfExponent()
	 * @see #getSyntheticData()
	 * @generated
	 */
	EAttribute getSyntheticData_ZipfExponent();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.SyntheticData#getTopFrequency <em>Top Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Top Frequency</em>'.
	 * @see org.repalign.model.SyntheticData#getTopFrequency()
	 * @see #getSyntheticData()
	 * @generated
	 */
	EAttribute getSyntheticData_TopFrequency();

	/**
	 * Returns the meta object for the containment reference list '{@link org.repalign.model.SyntheticData#getModels <em>Models</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Models</em>'.
	 * @see org.repalign.model.SyntheticData#getModels()
	 * @see #getSyntheticData()
	 * @generated
	 */
	EReference getSyntheticData_Models();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.SyntheticData#getAttributeLabelNoise <em>Attribute Label Noise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attribute Label Noise</em>'.
	 * @see org.repalign.model.SyntheticData#getAttributeLabelNoise()
	 * @see #getSyntheticData()
	 * @generated
	 */
	EAttribute getSyntheticData_AttributeLabelNoise();

	/**
	 * Returns the meta object for class '{@link org.repalign.model.SyntheticModel <em>Synthetic Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Synthetic Model</em>'.
	 * @see org.repalign.model.SyntheticModel
	 * @generated
	 */
	EClass getSyntheticModel();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.SyntheticModel#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.repalign.model.SyntheticModel#getId()
	 * @see #getSyntheticModel()
	 * @generated
	 */
	EAttribute getSyntheticModel_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.SyntheticModel#getDimension <em>Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dimension</em>'.
	 * @see org.repalign.model.SyntheticModel#getDimension()
	 * @see #getSyntheticModel()
	 * @generated
	 */
	EAttribute getSyntheticModel_Dimension();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.SyntheticModel#getDictionary <em>Dictionary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dictionary</em>'.
	 * @see org.repalign.model.SyntheticModel#getDictionary()
	 * @see #getSyntheticModel()
	 * @generated
	 */
	EAttribute getSyntheticModel_Dictionary();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.SyntheticModel#getDictionarySeed <em>Dictionary Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dictionary Seed</em>'.
	 * @see org.repalign.model.SyntheticModel#getDictionarySeed()
	 * @see #getSyntheticModel()
	 * @generated
	 */
	EAttribute getSyntheticModel_DictionarySeed();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.SyntheticModel#getBiasNorm <em>Bias Norm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bias Norm</em>'.
	 * @see org.repalign.model.SyntheticModel#getBiasNorm()
	 * @see #getSyntheticModel()
	 * @generated
	 */
	EAttribute getSyntheticModel_BiasNorm();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.SyntheticModel#getNoiseScale <em>Noise Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Noise Scale</em>'.
	 * @see org.repalign.model.SyntheticModel#getNoiseScale()
	 * @see #getSyntheticModel()
	 * @generated
	 */
	EAttribute getSyntheticModel_NoiseScale();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.SyntheticModel#getAnisotropicDimensions <em>Anisotropic Dimensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anisotropic Dimensions</em>'.
	 * @see org.repalign.model.SyntheticModel#getAnisotropicDimensions()
	 * @see #getSyntheticModel()
	 * @generated
	 */
	EAttribute getSyntheticModel_AnisotropicDimensions();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.SyntheticModel#getAnisotropyScale <em>Anisotropy Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anisotropy Scale</em>'.
	 * @see org.repalign.model.SyntheticModel#getAnisotropyScale()
	 * @see #getSyntheticModel()
	 * @generated
	 */
	EAttribute getSyntheticModel_AnisotropyScale();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.SyntheticModel#getFamily <em>Family</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Family</em>'.
	 * @see org.repalign.model.SyntheticModel#getFamily()
	 * @see #getSyntheticModel()
	 * @generated
	 */
	EAttribute getSyntheticModel_Family();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.SyntheticModel#getModality <em>Modality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modality</em>'.
	 * @see org.repalign.model.SyntheticModel#getModality()
	 * @see #getSyntheticModel()
	 * @generated
	 */
	EAttribute getSyntheticModel_Modality();

	/**
	 * Returns the meta object for the attribute '{@link org.repalign.model.SyntheticModel#getNoiseExponent <em>Noise Exponent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Noise Exponent</em>'.
	 * @see org.repalign.model.SyntheticModel#getNoiseExponent()
	 * @see #getSyntheticModel()
	 * @generated
	 */
	EAttribute getSyntheticModel_NoiseExponent();

	/**
	 * Returns the meta object for enum '{@link org.repalign.model.PreprocessingMode <em>Preprocessing Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Preprocessing Mode</em>'.
	 * @see org.repalign.model.PreprocessingMode
	 * @generated
	 */
	EEnum getPreprocessingMode();

	/**
	 * Returns the meta object for enum '{@link org.repalign.model.TieRule <em>Tie Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Tie Rule</em>'.
	 * @see org.repalign.model.TieRule
	 * @generated
	 */
	EEnum getTieRule();

	/**
	 * Returns the meta object for enum '{@link org.repalign.model.DictionaryKind <em>Dictionary Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dictionary Kind</em>'.
	 * @see org.repalign.model.DictionaryKind
	 * @generated
	 */
	EEnum getDictionaryKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ExperimentFactory getExperimentFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.repalign.model.impl.ExperimentImpl <em>Experiment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.repalign.model.impl.ExperimentImpl
		 * @see org.repalign.model.impl.ExperimentPackageImpl#getExperiment()
		 * @generated
		 */
		EClass EXPERIMENT = eINSTANCE.getExperiment();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__NAME = eINSTANCE.getExperiment_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__DESCRIPTION = eINSTANCE.getExperiment_Description();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__SEED = eINSTANCE.getExperiment_Seed();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__SOURCES = eINSTANCE.getExperiment_Sources();

		/**
		 * The meta object literal for the '<em><b>Items File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__ITEMS_FILE = eINSTANCE.getExperiment_ItemsFile();

		/**
		 * The meta object literal for the '<em><b>Frequencies File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__FREQUENCIES_FILE = eINSTANCE.getExperiment_FrequenciesFile();

		/**
		 * The meta object literal for the '<em><b>Attributes File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__ATTRIBUTES_FILE = eINSTANCE.getExperiment_AttributesFile();

		/**
		 * The meta object literal for the '<em><b>Preprocessing</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__PREPROCESSING = eINSTANCE.getExperiment_Preprocessing();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__METRICS = eINSTANCE.getExperiment_Metrics();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__PROTOCOL = eINSTANCE.getExperiment_Protocol();

		/**
		 * The meta object literal for the '<em><b>Sae</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__SAE = eINSTANCE.getExperiment_Sae();

		/**
		 * The meta object literal for the '<em><b>Analyses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__ANALYSES = eINSTANCE.getExperiment_Analyses();

		/**
		 * The meta object literal for the '<em><b>Synthetic</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__SYNTHETIC = eINSTANCE.getExperiment_Synthetic();

		/**
		 * The meta object literal for the '{@link org.repalign.model.impl.SourceImpl <em>Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.repalign.model.impl.SourceImpl
		 * @see org.repalign.model.impl.ExperimentPackageImpl#getSource()
		 * @generated
		 */
		EClass SOURCE = eINSTANCE.getSource();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__ID = eINSTANCE.getSource_Id();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__FILE = eINSTANCE.getSource_File();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__FORMAT = eINSTANCE.getSource_Format();

		/**
		 * The meta object literal for the '<em><b>Tensor Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__TENSOR_NAME = eINSTANCE.getSource_TensorName();

		/**
		 * The meta object literal for the '<em><b>Items File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__ITEMS_FILE = eINSTANCE.getSource_ItemsFile();

		/**
		 * The meta object literal for the '<em><b>Sae Folder</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__SAE_FOLDER = eINSTANCE.getSource_SaeFolder();

		/**
		 * The meta object literal for the '<em><b>Family</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__FAMILY = eINSTANCE.getSource_Family();

		/**
		 * The meta object literal for the '<em><b>Modality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__MODALITY = eINSTANCE.getSource_Modality();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__PARAMETERS = eINSTANCE.getSource_Parameters();

		/**
		 * The meta object literal for the '<em><b>Depth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__DEPTH = eINSTANCE.getSource_Depth();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__WIDTH = eINSTANCE.getSource_Width();

		/**
		 * The meta object literal for the '<em><b>Training Data Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__TRAINING_DATA_SIZE = eINSTANCE.getSource_TrainingDataSize();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__YEAR = eINSTANCE.getSource_Year();

		/**
		 * The meta object literal for the '<em><b>Layer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__LAYER = eINSTANCE.getSource_Layer();

		/**
		 * The meta object literal for the '{@link org.repalign.model.impl.MetricSettingImpl <em>Metric Setting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.repalign.model.impl.MetricSettingImpl
		 * @see org.repalign.model.impl.ExperimentPackageImpl#getMetricSetting()
		 * @generated
		 */
		EClass METRIC_SETTING = eINSTANCE.getMetricSetting();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_SETTING__ID = eINSTANCE.getMetricSetting_Id();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METRIC_SETTING__PARAMETERS = eINSTANCE.getMetricSetting_Parameters();

		/**
		 * The meta object literal for the '{@link org.repalign.model.impl.MetricParameterImpl <em>Metric Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.repalign.model.impl.MetricParameterImpl
		 * @see org.repalign.model.impl.ExperimentPackageImpl#getMetricParameter()
		 * @generated
		 */
		EClass METRIC_PARAMETER = eINSTANCE.getMetricParameter();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_PARAMETER__NAME = eINSTANCE.getMetricParameter_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_PARAMETER__VALUE = eINSTANCE.getMetricParameter_Value();

		/**
		 * The meta object literal for the '{@link org.repalign.model.impl.ProtocolImpl <em>Protocol</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.repalign.model.impl.ProtocolImpl
		 * @see org.repalign.model.impl.ExperimentPackageImpl#getProtocol()
		 * @generated
		 */
		EClass PROTOCOL = eINSTANCE.getProtocol();

		/**
		 * The meta object literal for the '<em><b>Subsamples</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL__SUBSAMPLES = eINSTANCE.getProtocol_Subsamples();

		/**
		 * The meta object literal for the '<em><b>Subsample Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL__SUBSAMPLE_SIZE = eINSTANCE.getProtocol_SubsampleSize();

		/**
		 * The meta object literal for the '<em><b>Permutations</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL__PERMUTATIONS = eINSTANCE.getProtocol_Permutations();

		/**
		 * The meta object literal for the '<em><b>Tie Rule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL__TIE_RULE = eINSTANCE.getProtocol_TieRule();

		/**
		 * The meta object literal for the '{@link org.repalign.model.impl.SaeSettingsImpl <em>Sae Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.repalign.model.impl.SaeSettingsImpl
		 * @see org.repalign.model.impl.ExperimentPackageImpl#getSaeSettings()
		 * @generated
		 */
		EClass SAE_SETTINGS = eINSTANCE.getSaeSettings();

		/**
		 * The meta object literal for the '<em><b>Architecture</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAE_SETTINGS__ARCHITECTURE = eINSTANCE.getSaeSettings_Architecture();

		/**
		 * The meta object literal for the '<em><b>Recipe</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAE_SETTINGS__RECIPE = eINSTANCE.getSaeSettings_Recipe();

		/**
		 * The meta object literal for the '<em><b>Latents</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAE_SETTINGS__LATENTS = eINSTANCE.getSaeSettings_Latents();

		/**
		 * The meta object literal for the '<em><b>K</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAE_SETTINGS__K = eINSTANCE.getSaeSettings_K();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAE_SETTINGS__STEPS = eINSTANCE.getSaeSettings_Steps();

		/**
		 * The meta object literal for the '<em><b>Batch Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAE_SETTINGS__BATCH_SIZE = eINSTANCE.getSaeSettings_BatchSize();

		/**
		 * The meta object literal for the '<em><b>Learning Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAE_SETTINGS__LEARNING_RATE = eINSTANCE.getSaeSettings_LearningRate();

		/**
		 * The meta object literal for the '<em><b>Truncation Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAE_SETTINGS__TRUNCATION_LOWER = eINSTANCE.getSaeSettings_TruncationLower();

		/**
		 * The meta object literal for the '<em><b>Truncation Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAE_SETTINGS__TRUNCATION_UPPER = eINSTANCE.getSaeSettings_TruncationUpper();

		/**
		 * The meta object literal for the '{@link org.repalign.model.impl.AnalysisImpl <em>Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.repalign.model.impl.AnalysisImpl
		 * @see org.repalign.model.impl.ExperimentPackageImpl#getAnalysis()
		 * @generated
		 */
		EClass ANALYSIS = eINSTANCE.getAnalysis();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS__ENABLED = eINSTANCE.getAnalysis_Enabled();

		/**
		 * The meta object literal for the '{@link org.repalign.model.impl.SignalAnalysisImpl <em>Signal Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.repalign.model.impl.SignalAnalysisImpl
		 * @see org.repalign.model.impl.ExperimentPackageImpl#getSignalAnalysis()
		 * @generated
		 */
		EClass SIGNAL_ANALYSIS = eINSTANCE.getSignalAnalysis();

		/**
		 * The meta object literal for the '{@link org.repalign.model.impl.FeatureMatchingAnalysisImpl <em>Feature Matching Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.repalign.model.impl.FeatureMatchingAnalysisImpl
		 * @see org.repalign.model.impl.ExperimentPackageImpl#getFeatureMatchingAnalysis()
		 * @generated
		 */
		EClass FEATURE_MATCHING_ANALYSIS = eINSTANCE.getFeatureMatchingAnalysis();

		/**
		 * The meta object literal for the '<em><b>Permutations</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_MATCHING_ANALYSIS__PERMUTATIONS = eINSTANCE.getFeatureMatchingAnalysis_Permutations();

		/**
		 * The meta object literal for the '<em><b>Binary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_MATCHING_ANALYSIS__BINARY = eINSTANCE.getFeatureMatchingAnalysis_Binary();

		/**
		 * The meta object literal for the '{@link org.repalign.model.impl.BiasAnalysisImpl <em>Bias Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.repalign.model.impl.BiasAnalysisImpl
		 * @see org.repalign.model.impl.ExperimentPackageImpl#getBiasAnalysis()
		 * @generated
		 */
		EClass BIAS_ANALYSIS = eINSTANCE.getBiasAnalysis();

		/**
		 * The meta object literal for the '{@link org.repalign.model.impl.NoiseAnalysisImpl <em>Noise Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.repalign.model.impl.NoiseAnalysisImpl
		 * @see org.repalign.model.impl.ExperimentPackageImpl#getNoiseAnalysis()
		 * @generated
		 */
		EClass NOISE_ANALYSIS = eINSTANCE.getNoiseAnalysis();

		/**
		 * The meta object literal for the '<em><b>Window Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOISE_ANALYSIS__WINDOW_SIZE = eINSTANCE.getNoiseAnalysis_WindowSize();

		/**
		 * The meta object literal for the '<em><b>Stride</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOISE_ANALYSIS__STRIDE = eINSTANCE.getNoiseAnalysis_Stride();

		/**
		 * The meta object literal for the '<em><b>Windows</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOISE_ANALYSIS__WINDOWS = eINSTANCE.getNoiseAnalysis_Windows();

		/**
		 * The meta object literal for the '<em><b>Exclude Same Family</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOISE_ANALYSIS__EXCLUDE_SAME_FAMILY = eINSTANCE.getNoiseAnalysis_ExcludeSameFamily();

		/**
		 * The meta object literal for the '<em><b>Preprocessing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOISE_ANALYSIS__PREPROCESSING = eINSTANCE.getNoiseAnalysis_Preprocessing();

		/**
		 * The meta object literal for the '{@link org.repalign.model.impl.MetaAnalysisImpl <em>Meta Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.repalign.model.impl.MetaAnalysisImpl
		 * @see org.repalign.model.impl.ExperimentPackageImpl#getMetaAnalysis()
		 * @generated
		 */
		EClass META_ANALYSIS = eINSTANCE.getMetaAnalysis();

		/**
		 * The meta object literal for the '<em><b>Lambdas</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute META_ANALYSIS__LAMBDAS = eINSTANCE.getMetaAnalysis_Lambdas();

		/**
		 * The meta object literal for the '<em><b>Preprocessing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute META_ANALYSIS__PREPROCESSING = eINSTANCE.getMetaAnalysis_Preprocessing();

		/**
		 * The meta object literal for the '{@link org.repalign.model.impl.ProbeAnalysisImpl <em>Probe Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.repalign.model.impl.ProbeAnalysisImpl
		 * @see org.repalign.model.impl.ExperimentPackageImpl#getProbeAnalysis()
		 * @generated
		 */
		EClass PROBE_ANALYSIS = eINSTANCE.getProbeAnalysis();

		/**
		 * The meta object literal for the '<em><b>Folds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBE_ANALYSIS__FOLDS = eINSTANCE.getProbeAnalysis_Folds();

		/**
		 * The meta object literal for the '<em><b>L2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBE_ANALYSIS__L2 = eINSTANCE.getProbeAnalysis_L2();

		/**
		 * The meta object literal for the '<em><b>Min Positives</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBE_ANALYSIS__MIN_POSITIVES = eINSTANCE.getProbeAnalysis_MinPositives();

		/**
		 * The meta object literal for the '{@link org.repalign.model.impl.ContributedAnalysisImpl <em>Contributed Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.repalign.model.impl.ContributedAnalysisImpl
		 * @see org.repalign.model.impl.ExperimentPackageImpl#getContributedAnalysis()
		 * @generated
		 */
		EClass CONTRIBUTED_ANALYSIS = eINSTANCE.getContributedAnalysis();

		/**
		 * The meta object literal for the '<em><b>Analysis Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRIBUTED_ANALYSIS__ANALYSIS_ID = eINSTANCE.getContributedAnalysis_AnalysisId();

		/**
		 * The meta object literal for the '<em><b>Settings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTRIBUTED_ANALYSIS__SETTINGS = eINSTANCE.getContributedAnalysis_Settings();

		/**
		 * The meta object literal for the '{@link org.repalign.model.impl.AnalysisSettingImpl <em>Analysis Setting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.repalign.model.impl.AnalysisSettingImpl
		 * @see org.repalign.model.impl.ExperimentPackageImpl#getAnalysisSetting()
		 * @generated
		 */
		EClass ANALYSIS_SETTING = eINSTANCE.getAnalysisSetting();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_SETTING__NAME = eINSTANCE.getAnalysisSetting_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_SETTING__VALUE = eINSTANCE.getAnalysisSetting_Value();

		/**
		 * The meta object literal for the '{@link org.repalign.model.impl.SyntheticDataImpl <em>Synthetic Data</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.repalign.model.impl.SyntheticDataImpl
		 * @see org.repalign.model.impl.ExperimentPackageImpl#getSyntheticData()
		 * @generated
		 */
		EClass SYNTHETIC_DATA = eINSTANCE.getSyntheticData();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNTHETIC_DATA__SEED = eINSTANCE.getSyntheticData_Seed();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNTHETIC_DATA__ITEMS = eINSTANCE.getSyntheticData_Items();

		/**
		 * The meta object literal for the '<em><b>Attributes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNTHETIC_DATA__ATTRIBUTES = eINSTANCE.getSyntheticData_Attributes();

		/**
		 * The meta object literal for the '<em><b>Active Per Item</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNTHETIC_DATA__ACTIVE_PER_ITEM = eINSTANCE.getSyntheticData_ActivePerItem();

		/**
		 * The meta object literal for the '<em><b>Code Magnitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNTHETIC_DATA__CODE_MAGNITUDE = eINSTANCE.getSyntheticData_CodeMagnitude();

		/**
		 * The meta object literal for the '<em><b>Code Jitter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNTHETIC_DATA__CODE_JITTER = eINSTANCE.getSyntheticData_CodeJitter();

		/**
		 * The meta object literal for the '<em><b>Zipf Exponent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNTHETIC_DATA__ZIPF_EXPONENT = eINSTANCE.getSyntheticData_ZipfExponent();

		/**
		 * The meta object literal for the '<em><b>Top Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNTHETIC_DATA__TOP_FREQUENCY = eINSTANCE.getSyntheticData_TopFrequency();

		/**
		 * The meta object literal for the '<em><b>Models</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYNTHETIC_DATA__MODELS = eINSTANCE.getSyntheticData_Models();

		/**
		 * The meta object literal for the '<em><b>Attribute Label Noise</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNTHETIC_DATA__ATTRIBUTE_LABEL_NOISE = eINSTANCE.getSyntheticData_AttributeLabelNoise();

		/**
		 * The meta object literal for the '{@link org.repalign.model.impl.SyntheticModelImpl <em>Synthetic Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.repalign.model.impl.SyntheticModelImpl
		 * @see org.repalign.model.impl.ExperimentPackageImpl#getSyntheticModel()
		 * @generated
		 */
		EClass SYNTHETIC_MODEL = eINSTANCE.getSyntheticModel();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNTHETIC_MODEL__ID = eINSTANCE.getSyntheticModel_Id();

		/**
		 * The meta object literal for the '<em><b>Dimension</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNTHETIC_MODEL__DIMENSION = eINSTANCE.getSyntheticModel_Dimension();

		/**
		 * The meta object literal for the '<em><b>Dictionary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNTHETIC_MODEL__DICTIONARY = eINSTANCE.getSyntheticModel_Dictionary();

		/**
		 * The meta object literal for the '<em><b>Dictionary Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNTHETIC_MODEL__DICTIONARY_SEED = eINSTANCE.getSyntheticModel_DictionarySeed();

		/**
		 * The meta object literal for the '<em><b>Bias Norm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNTHETIC_MODEL__BIAS_NORM = eINSTANCE.getSyntheticModel_BiasNorm();

		/**
		 * The meta object literal for the '<em><b>Noise Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNTHETIC_MODEL__NOISE_SCALE = eINSTANCE.getSyntheticModel_NoiseScale();

		/**
		 * The meta object literal for the '<em><b>Anisotropic Dimensions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNTHETIC_MODEL__ANISOTROPIC_DIMENSIONS = eINSTANCE.getSyntheticModel_AnisotropicDimensions();

		/**
		 * The meta object literal for the '<em><b>Anisotropy Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNTHETIC_MODEL__ANISOTROPY_SCALE = eINSTANCE.getSyntheticModel_AnisotropyScale();

		/**
		 * The meta object literal for the '<em><b>Family</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNTHETIC_MODEL__FAMILY = eINSTANCE.getSyntheticModel_Family();

		/**
		 * The meta object literal for the '<em><b>Modality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNTHETIC_MODEL__MODALITY = eINSTANCE.getSyntheticModel_Modality();

		/**
		 * The meta object literal for the '<em><b>Noise Exponent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNTHETIC_MODEL__NOISE_EXPONENT = eINSTANCE.getSyntheticModel_NoiseExponent();

		/**
		 * The meta object literal for the '{@link org.repalign.model.PreprocessingMode <em>Preprocessing Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.repalign.model.PreprocessingMode
		 * @see org.repalign.model.impl.ExperimentPackageImpl#getPreprocessingMode()
		 * @generated
		 */
		EEnum PREPROCESSING_MODE = eINSTANCE.getPreprocessingMode();

		/**
		 * The meta object literal for the '{@link org.repalign.model.TieRule <em>Tie Rule</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.repalign.model.TieRule
		 * @see org.repalign.model.impl.ExperimentPackageImpl#getTieRule()
		 * @generated
		 */
		EEnum TIE_RULE = eINSTANCE.getTieRule();

		/**
		 * The meta object literal for the '{@link org.repalign.model.DictionaryKind <em>Dictionary Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.repalign.model.DictionaryKind
		 * @see org.repalign.model.impl.ExperimentPackageImpl#getDictionaryKind()
		 * @generated
		 */
		EEnum DICTIONARY_KIND = eINSTANCE.getDictionaryKind();

	}

} //ExperimentPackage
