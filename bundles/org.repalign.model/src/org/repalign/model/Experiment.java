/**
 * RepAlign
 */
package org.repalign.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Experiment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One alignment study: which representations to compare, on which items, how, and which analyses to run. Relative paths are resolved against the folder of the experiment file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.repalign.model.Experiment#getName <em>Name</em>}</li>
 *   <li>{@link org.repalign.model.Experiment#getDescription <em>Description</em>}</li>
 *   <li>{@link org.repalign.model.Experiment#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.repalign.model.Experiment#getSources <em>Sources</em>}</li>
 *   <li>{@link org.repalign.model.Experiment#getItemsFile <em>Items File</em>}</li>
 *   <li>{@link org.repalign.model.Experiment#getFrequenciesFile <em>Frequencies File</em>}</li>
 *   <li>{@link org.repalign.model.Experiment#getAttributesFile <em>Attributes File</em>}</li>
 *   <li>{@link org.repalign.model.Experiment#getPreprocessing <em>Preprocessing</em>}</li>
 *   <li>{@link org.repalign.model.Experiment#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link org.repalign.model.Experiment#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link org.repalign.model.Experiment#getSae <em>Sae</em>}</li>
 *   <li>{@link org.repalign.model.Experiment#getAnalyses <em>Analyses</em>}</li>
 *   <li>{@link org.repalign.model.Experiment#getSynthetic <em>Synthetic</em>}</li>
 * </ul>
 *
 * @see org.repalign.model.ExperimentPackage#getExperiment()
 * @model
 * @generated
 */
public interface Experiment extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.repalign.model.ExperimentPackage#getExperiment_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.repalign.model.Experiment#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.repalign.model.ExperimentPackage#getExperiment_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.repalign.model.Experiment#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"12345"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Master seed of every random choice of the run.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.repalign.model.ExperimentPackage#getExperiment_Seed()
	 * @model default="12345"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.repalign.model.Experiment#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.repalign.model.Source}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sources</em>' containment reference list.
	 * @see org.repalign.model.ExperimentPackage#getExperiment_Sources()
	 * @model containment="true"
	 * @generated
	 */
	EList<Source> getSources();

	/**
	 * Returns the value of the '<em><b>Items File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Item list fixing the row order (one item per line); relative to the experiment file or absolute.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Items File</em>' attribute.
	 * @see #setItemsFile(String)
	 * @see org.repalign.model.ExperimentPackage#getExperiment_ItemsFile()
	 * @model
	 * @generated
	 */
	String getItemsFile();

	/**
	 * Sets the value of the '{@link org.repalign.model.Experiment#getItemsFile <em>Items File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Items File</em>' attribute.
	 * @see #getItemsFile()
	 * @generated
	 */
	void setItemsFile(String value);

	/**
	 * Returns the value of the '<em><b>Frequencies File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Item frequencies (for the noise analysis); relative to the experiment file or absolute.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Frequencies File</em>' attribute.
	 * @see #setFrequenciesFile(String)
	 * @see org.repalign.model.ExperimentPackage#getExperiment_FrequenciesFile()
	 * @model
	 * @generated
	 */
	String getFrequenciesFile();

	/**
	 * Sets the value of the '{@link org.repalign.model.Experiment#getFrequenciesFile <em>Frequencies File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequencies File</em>' attribute.
	 * @see #getFrequenciesFile()
	 * @generated
	 */
	void setFrequenciesFile(String value);

	/**
	 * Returns the value of the '<em><b>Attributes File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Item attributes (for the probe analysis); relative to the experiment file or absolute.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attributes File</em>' attribute.
	 * @see #setAttributesFile(String)
	 * @see org.repalign.model.ExperimentPackage#getExperiment_AttributesFile()
	 * @model
	 * @generated
	 */
	String getAttributesFile();

	/**
	 * Sets the value of the '{@link org.repalign.model.Experiment#getAttributesFile <em>Attributes File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attributes File</em>' attribute.
	 * @see #getAttributesFile()
	 * @generated
	 */
	void setAttributesFile(String value);

	/**
	 * Returns the value of the '<em><b>Preprocessing</b></em>' attribute list.
	 * The list contents are of type {@link org.repalign.model.PreprocessingMode}.
	 * The literals are from the enumeration {@link org.repalign.model.PreprocessingMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The preprocessing modes to compare; empty means the analyses' own defaults.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Preprocessing</em>' attribute list.
	 * @see org.repalign.model.PreprocessingMode
	 * @see org.repalign.model.ExperimentPackage#getExperiment_Preprocessing()
	 * @model
	 * @generated
	 */
	EList<PreprocessingMode> getPreprocessing();

	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' containment reference list.
	 * The list contents are of type {@link org.repalign.model.MetricSetting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metrics</em>' containment reference list.
	 * @see org.repalign.model.ExperimentPackage#getExperiment_Metrics()
	 * @model containment="true"
	 * @generated
	 */
	EList<MetricSetting> getMetrics();

	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol</em>' containment reference.
	 * @see #setProtocol(Protocol)
	 * @see org.repalign.model.ExperimentPackage#getExperiment_Protocol()
	 * @model containment="true"
	 * @generated
	 */
	Protocol getProtocol();

	/**
	 * Sets the value of the '{@link org.repalign.model.Experiment#getProtocol <em>Protocol</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' containment reference.
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(Protocol value);

	/**
	 * Returns the value of the '<em><b>Sae</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sae</em>' containment reference.
	 * @see #setSae(SaeSettings)
	 * @see org.repalign.model.ExperimentPackage#getExperiment_Sae()
	 * @model containment="true"
	 * @generated
	 */
	SaeSettings getSae();

	/**
	 * Sets the value of the '{@link org.repalign.model.Experiment#getSae <em>Sae</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sae</em>' containment reference.
	 * @see #getSae()
	 * @generated
	 */
	void setSae(SaeSettings value);

	/**
	 * Returns the value of the '<em><b>Analyses</b></em>' containment reference list.
	 * The list contents are of type {@link org.repalign.model.Analysis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Analyses</em>' containment reference list.
	 * @see org.repalign.model.ExperimentPackage#getExperiment_Analyses()
	 * @model containment="true"
	 * @generated
	 */
	EList<Analysis> getAnalyses();

	/**
	 * Returns the value of the '<em><b>Synthetic</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RepAlign's own synthetic data; its models become sources.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Synthetic</em>' containment reference.
	 * @see #setSynthetic(SyntheticData)
	 * @see org.repalign.model.ExperimentPackage#getExperiment_Synthetic()
	 * @model containment="true"
	 * @generated
	 */
	SyntheticData getSynthetic();

	/**
	 * Sets the value of the '{@link org.repalign.model.Experiment#getSynthetic <em>Synthetic</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Synthetic</em>' containment reference.
	 * @see #getSynthetic()
	 * @generated
	 */
	void setSynthetic(SyntheticData value);

} // Experiment
