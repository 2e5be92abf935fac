/**
 * RepAlign
 */
package org.repalign.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Synthetic Data</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Settings of RepAlign's own synthetic signal/bias/noise generator; each model becomes a source with the model's id.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.repalign.model.SyntheticData#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.repalign.model.SyntheticData#getItems <em>Items</em>}</li>
 *   <li>{@link org.repalign.model.SyntheticData#getAttributes <em>Attributes</em>}</li>
 *   <li>{@link org.repalign.model.SyntheticData#getActivePerItem <em>Active Per Item</em>}</li>
 *   <li>{@link org.repalign.model.SyntheticData#getCodeMagnitude <em>Code Magnitude</em>}</li>
 *   <li>{@link org.repalign.model.SyntheticData#getCodeJitter <em>Code Jitter</em>}</li>
 *   <li>{@link org.repalign.model.SyntheticData#getZipfExponent <em>Zipf Exponent</em>}</li>
 *   <li>{@link org.repalign.model.SyntheticData#getTopFrequency <em>Top Frequency</em>}</li>
 *   <li>{@link org.repalign.model.SyntheticData#getModels <em>Models</em>}</li>
 *   <li>{@link org.repalign.model.SyntheticData#getAttributeLabelNoise <em>Attribute Label Noise</em>}</li>
 * </ul>
 *
 * @see org.repalign.model.ExperimentPackage#getSyntheticData()
 * @model
 * @generated
 */
public interface SyntheticData extends EObject {
	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"20260522"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.repalign.model.ExperimentPackage#getSyntheticData_Seed()
	 * @model default="20260522"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.repalign.model.SyntheticData#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' attribute.
	 * The default value is <code>"400"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' attribute.
	 * @see #setItems(int)
	 * @see org.repalign.model.ExperimentPackage#getSyntheticData_Items()
	 * @model default="400"
	 * @generated
	 */
	int getItems();

	/**
	 * Sets the value of the '{@link org.repalign.model.SyntheticData#getItems <em>Items</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Items</em>' attribute.
	 * @see #getItems()
	 * @generated
	 */
	void setItems(int value);

	/**
	 * Returns the value of the '<em><b>Attributes</b></em>' attribute.
	 * The default value is <code>"160"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attributes</em>' attribute.
	 * @see #setAttributes(int)
	 * @see org.repalign.model.ExperimentPackage#getSyntheticData_Attributes()
	 * @model default="160"
	 * @generated
	 */
	int getAttributes();

	/**
	 * Sets the value of the '{@link org.repalign.model.SyntheticData#getAttributes <em>Attributes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attributes</em>' attribute.
	 * @see #getAttributes()
	 * @generated
	 */
	void setAttributes(int value);

	/**
	 * Returns the value of the '<em><b>Active Per Item</b></em>' attribute.
	 * The default value is <code>"6"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active Per Item</em>' attribute.
	 * @see #setActivePerItem(int)
	 * @see org.repalign.model.ExperimentPackage#getSyntheticData_ActivePerItem()
	 * @model default="6"
	 * @generated
	 */
	int getActivePerItem();

	/**
	 * Sets the value of the '{@link org.repalign.model.SyntheticData#getActivePerItem <em>Active Per Item</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active Per Item</em>' attribute.
	 * @see #getActivePerItem()
	 * @generated
	 */
	void setActivePerItem(int value);

	/**
	 * Returns the value of the '<em><b>Code Magnitude</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code Magnitude</em>' attribute.
	 * @see #setCodeMagnitude(double)
	 * @see org.repalign.model.ExperimentPackage#getSyntheticData_CodeMagnitude()
	 * @model default="1.0"
	 * @generated
	 */
	double getCodeMagnitude();

	/**
	 * Sets the value of the '{@link org.repalign.model.SyntheticData#getCodeMagnitude <em>Code Magnitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code Magnitude</em>' attribute.
	 * @see #getCodeMagnitude()
	 * @generated
	 */
	void setCodeMagnitude(double value);

	/**
	 * Returns the value of the '<em><b>Code Jitter</b></em>' attribute.
	 * The default value is <code>"0.25"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code Jitter</em>' attribute.
	 * @see #setCodeJitter(double)
	 * @see org.repalign.model.ExperimentPackage#getSyntheticData_CodeJitter()
	 * @model default="0.25"
	 * @generated
	 */
	double getCodeJitter();

	/**
	 * Sets the value of the '{@link org.repalign.model.SyntheticData#getCodeJitter <em>Code Jitter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code Jitter</em>' attribute.
	 * @see #getCodeJitter()
	 * @generated
	 */
	void setCodeJitter(double value);

	/**
	 * Returns the value of the '<em><b>Zipf Exponent</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Zipf Exponent</em>' attribute.
	 * @see #setZipfExponent(double)
	 * @see org.repalign.model.ExperimentPackage#getSyntheticData_ZipfExponent()
	 * @model default="1.0"
	 * @generated
	 */
	double getZipfExponent();

	/**
	 * Sets the value of the '{@link org.repalign.model.SyntheticData#getZipfExponent <em>Zipf Exponent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zipf Exponent</em>' attribute.
	 * @see #getZipfExponent()
	 * @generated
	 */
	void setZipfExponent(double value);

	/**
	 * Returns the value of the '<em><b>Top Frequency</b></em>' attribute.
	 * The default value is <code>"1000.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Top Frequency</em>' attribute.
	 * @see #setTopFrequency(double)
	 * @see org.repalign.model.ExperimentPackage#getSyntheticData_TopFrequency()
	 * @model default="1000.0"
	 * @generated
	 */
	double getTopFrequency();

	/**
	 * Sets the value of the '{@link org.repalign.model.SyntheticData#getTopFrequency <em>Top Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Top Frequency</em>' attribute.
	 * @see #getTopFrequency()
	 * @generated
	 */
	void setTopFrequency(double value);

	/**
	 * Returns the value of the '<em><b>Models</b></em>' containment reference list.
	 * The list contents are of type {@link org.repalign.model.SyntheticModel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Models</em>' containment reference list.
	 * @see org.repalign.model.ExperimentPackage#getSyntheticData_Models()
	 * @model containment="true"
	 * @generated
	 */
	EList<SyntheticModel> getModels();

	/**
	 * Returns the value of the '<em><b>Attribute Label Noise</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The share of each attribute's labels moved to items without the attribute, as annotations miss and misplace some; 0 makes the labels the codes' supports.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attribute Label Noise</em>' attribute.
	 * @see #setAttributeLabelNoise(double)
	 * @see org.repalign.model.ExperimentPackage#getSyntheticData_AttributeLabelNoise()
	 * @model default="0.0"
	 * @generated
	 */
	double getAttributeLabelNoise();

	/**
	 * Sets the value of the '{@link org.repalign.model.SyntheticData#getAttributeLabelNoise <em>Attribute Label Noise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attribute Label Noise</em>' attribute.
	 * @see #getAttributeLabelNoise()
	 * @generated
	 */
	void setAttributeLabelNoise(double value);

} // SyntheticData
