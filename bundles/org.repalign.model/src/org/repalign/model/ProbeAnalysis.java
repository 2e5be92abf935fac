/**
 * RepAlign
 */
package org.repalign.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Probe Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Attribute probes and SAE latent to attribute matching.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.repalign.model.ProbeAnalysis#getFolds <em>Folds</em>}</li>
 *   <li>{@link org.repalign.model.ProbeAnalysis#getL2 <em>L2</em>}</li>
 *   <li>{@link org.repalign.model.ProbeAnalysis#getMinPositives <em>Min Positives</em>}</li>
 * </ul>
 *
 * @see org.repalign.model.ExperimentPackage#getProbeAnalysis()
 * @model
 * @generated
 */
public interface ProbeAnalysis extends Analysis {
	/**
	 * Returns the value of the '<em><b>Folds</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Folds</em>' attribute.
	 * @see #setFolds(int)
	 * @see org.repalign.model.ExperimentPackage#getProbeAnalysis_Folds()
	 * @model default="5"
	 * @generated
	 */
	int getFolds();

	/**
	 * Sets the value of the '{@link org.repalign.model.ProbeAnalysis#getFolds <em>Folds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Folds</em>' attribute.
	 * @see #getFolds()
	 * @generated
	 */
	void setFolds(int value);

	/**
	 * Returns the value of the '<em><b>L2</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>L2</em>' attribute.
	 * @see #setL2(double)
	 * @see org.repalign.model.ExperimentPackage#getProbeAnalysis_L2()
	 * @model default="1.0"
	 * @generated
	 */
	double getL2();

	/**
	 * Sets the value of the '{@link org.repalign.model.ProbeAnalysis#getL2 <em>L2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>L2</em>' attribute.
	 * @see #getL2()
	 * @generated
	 */
	void setL2(double value);

	/**
	 * Returns the value of the '<em><b>Min Positives</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Positives</em>' attribute.
	 * @see #setMinPositives(int)
	 * @see org.repalign.model.ExperimentPackage#getProbeAnalysis_MinPositives()
	 * @model default="10"
	 * @generated
	 */
	int getMinPositives();

	/**
	 * Sets the value of the '{@link org.repalign.model.ProbeAnalysis#getMinPositives <em>Min Positives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Positives</em>' attribute.
	 * @see #getMinPositives()
	 * @generated
	 */
	void setMinPositives(int value);

} // ProbeAnalysis
