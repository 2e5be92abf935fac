/**
 * RepAlign
 */
package org.repalign.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sae Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How sparse autoencoders are trained for the signal, feature matching and probe analyses.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.repalign.model.SaeSettings#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.repalign.model.SaeSettings#getRecipe <em>Recipe</em>}</li>
 *   <li>{@link org.repalign.model.SaeSettings#getLatents <em>Latents</em>}</li>
 *   <li>{@link org.repalign.model.SaeSettings#getK <em>K</em>}</li>
 *   <li>{@link org.repalign.model.SaeSettings#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.repalign.model.SaeSettings#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link org.repalign.model.SaeSettings#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link org.repalign.model.SaeSettings#getTruncationLower <em>Truncation Lower</em>}</li>
 *   <li>{@link org.repalign.model.SaeSettings#getTruncationUpper <em>Truncation Upper</em>}</li>
 * </ul>
 *
 * @see org.repalign.model.ExperimentPackage#getSaeSettings()
 * @model
 * @generated
 */
public interface SaeSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Architecture</b></em>' attribute.
	 * The default value is <code>"topk"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Architecture</em>' attribute.
	 * @see #setArchitecture(String)
	 * @see org.repalign.model.ExperimentPackage#getSaeSettings_Architecture()
	 * @model default="topk"
	 * @generated
	 */
	String getArchitecture();

	/**
	 * Sets the value of the '{@link org.repalign.model.SaeSettings#getArchitecture <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Architecture</em>' attribute.
	 * @see #getArchitecture()
	 * @generated
	 */
	void setArchitecture(String value);

	/**
	 * Returns the value of the '<em><b>Recipe</b></em>' attribute.
	 * The default value is <code>"l2prh"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recipe</em>' attribute.
	 * @see #setRecipe(String)
	 * @see org.repalign.model.ExperimentPackage#getSaeSettings_Recipe()
	 * @model default="l2prh"
	 * @generated
	 */
	String getRecipe();

	/**
	 * Sets the value of the '{@link org.repalign.model.SaeSettings#getRecipe <em>Recipe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recipe</em>' attribute.
	 * @see #getRecipe()
	 * @generated
	 */
	void setRecipe(String value);

	/**
	 * Returns the value of the '<em><b>Latents</b></em>' attribute.
	 * The default value is <code>"4096"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Latents</em>' attribute.
	 * @see #setLatents(int)
	 * @see org.repalign.model.ExperimentPackage#getSaeSettings_Latents()
	 * @model default="4096"
	 * @generated
	 */
	int getLatents();

	/**
	 * Sets the value of the '{@link org.repalign.model.SaeSettings#getLatents <em>Latents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Latents</em>' attribute.
	 * @see #getLatents()
	 * @generated
	 */
	void setLatents(int value);

	/**
	 * Returns the value of the '<em><b>K</b></em>' attribute.
	 * The default value is <code>"32"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>K</em>' attribute.
	 * @see #setK(int)
	 * @see org.repalign.model.ExperimentPackage#getSaeSettings_K()
	 * @model default="32"
	 * @generated
	 */
	int getK();

	/**
	 * Sets the value of the '{@link org.repalign.model.SaeSettings#getK <em>K</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>K</em>' attribute.
	 * @see #getK()
	 * @generated
	 */
	void setK(int value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' attribute.
	 * The default value is <code>"2000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' attribute.
	 * @see #setSteps(int)
	 * @see org.repalign.model.ExperimentPackage#getSaeSettings_Steps()
	 * @model default="2000"
	 * @generated
	 */
	int getSteps();

	/**
	 * Sets the value of the '{@link org.repalign.model.SaeSettings#getSteps <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Steps</em>' attribute.
	 * @see #getSteps()
	 * @generated
	 */
	void setSteps(int value);

	/**
	 * Returns the value of the '<em><b>Batch Size</b></em>' attribute.
	 * The default value is <code>"1024"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Batch Size</em>' attribute.
	 * @see #setBatchSize(int)
	 * @see org.repalign.model.ExperimentPackage#getSaeSettings_BatchSize()
	 * @model default="1024"
	 * @generated
	 */
	int getBatchSize();

	/**
	 * Sets the value of the '{@link org.repalign.model.SaeSettings#getBatchSize <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Batch Size</em>' attribute.
	 * @see #getBatchSize()
	 * @generated
	 */
	void setBatchSize(int value);

	/**
	 * Returns the value of the '<em><b>Learning Rate</b></em>' attribute.
	 * The default value is <code>"4.0E-4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Learning Rate</em>' attribute.
	 * @see #setLearningRate(double)
	 * @see org.repalign.model.ExperimentPackage#getSaeSettings_LearningRate()
	 * @model default="4.0E-4"
	 * @generated
	 */
	double getLearningRate();

	/**
	 * Sets the value of the '{@link org.repalign.model.SaeSettings#getLearningRate <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Learning Rate</em>' attribute.
	 * @see #getLearningRate()
	 * @generated
	 */
	void setLearningRate(double value);

	/**
	 * Returns the value of the '<em><b>Truncation Lower</b></em>' attribute.
	 * The default value is <code>"1.0E-5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Truncation Lower</em>' attribute.
	 * @see #setTruncationLower(double)
	 * @see org.repalign.model.ExperimentPackage#getSaeSettings_TruncationLower()
	 * @model default="1.0E-5"
	 * @generated
	 */
	double getTruncationLower();

	/**
	 * Sets the value of the '{@link org.repalign.model.SaeSettings#getTruncationLower <em>Truncation Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Truncation Lower</em>' attribute.
	 * @see #getTruncationLower()
	 * @generated
	 */
	void setTruncationLower(double value);

	/**
	 * Returns the value of the '<em><b>Truncation Upper</b></em>' attribute.
	 * The default value is <code>"0.1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Truncation Upper</em>' attribute.
	 * @see #setTruncationUpper(double)
	 * @see org.repalign.model.ExperimentPackage#getSaeSettings_TruncationUpper()
	 * @model default="0.1"
	 * @generated
	 */
	double getTruncationUpper();

	/**
	 * Sets the value of the '{@link org.repalign.model.SaeSettings#getTruncationUpper <em>Truncation Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Truncation Upper</em>' attribute.
	 * @see #getTruncationUpper()
	 * @generated
	 */
	void setTruncationUpper(double value);

} // SaeSettings
