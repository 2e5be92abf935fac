/**
 * RepAlign
 */
package org.repalign.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Synthetic Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One synthetic model: dimension, dictionary, bias, anisotropy and noise.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.repalign.model.SyntheticModel#getId <em>Id</em>}</li>
 *   <li>{@link org.repalign.model.SyntheticModel#getDimension <em>Dimension</em>}</li>
 *   <li>{@link org.repalign.model.SyntheticModel#getDictionary <em>Dictionary</em>}</li>
 *   <li>{@link org.repalign.model.SyntheticModel#getDictionarySeed <em>Dictionary Seed</em>}</li>
 *   <li>{@link org.repalign.model.SyntheticModel#getBiasNorm <em>Bias Norm</em>}</li>
 *   <li>{@link org.repalign.model.SyntheticModel#getNoiseScale <em>Noise Scale</em>}</li>
 *   <li>{@link org.repalign.model.SyntheticModel#getAnisotropicDimensions <em>Anisotropic Dimensions</em>}</li>
 *   <li>{@link org.repalign.model.SyntheticModel#getAnisotropyScale <em>Anisotropy Scale</em>}</li>
 *   <li>{@link org.repalign.model.SyntheticModel#getFamily <em>Family</em>}</li>
 *   <li>{@link org.repalign.model.SyntheticModel#getModality <em>Modality</em>}</li>
 *   <li>{@link org.repalign.model.SyntheticModel#getNoiseExponent <em>Noise Exponent</em>}</li>
 * </ul>
 *
 * @see org.repalign.model.ExperimentPackage#getSyntheticModel()
 * @model
 * @generated
 */
public interface SyntheticModel extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The model name; also the id of the source it becomes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.repalign.model.ExperimentPackage#getSyntheticModel_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.repalign.model.SyntheticModel#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Dimension</b></em>' attribute.
	 * The default value is <code>"64"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dimension</em>' attribute.
	 * @see #setDimension(int)
	 * @see org.repalign.model.ExperimentPackage#getSyntheticModel_Dimension()
	 * @model default="64"
	 * @generated
	 */
	int getDimension();

	/**
	 * Sets the value of the '{@link org.repalign.model.SyntheticModel#getDimension <em>Dimension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dimension</em>' attribute.
	 * @see #getDimension()
	 * @generated
	 */
	void setDimension(int value);

	/**
	 * Returns the value of the '<em><b>Dictionary</b></em>' attribute.
	 * The default value is <code>"random"</code>.
	 * The literals are from the enumeration {@link org.repalign.model.DictionaryKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dictionary</em>' attribute.
	 * @see org.repalign.model.DictionaryKind
	 * @see #setDictionary(DictionaryKind)
	 * @see org.repalign.model.ExperimentPackage#getSyntheticModel_Dictionary()
	 * @model default="random"
	 * @generated
	 */
	DictionaryKind getDictionary();

	/**
	 * Sets the value of the '{@link org.repalign.model.SyntheticModel#getDictionary <em>Dictionary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dictionary</em>' attribute.
	 * @see org.repalign.model.DictionaryKind
	 * @see #getDictionary()
	 * @generated
	 */
	void setDictionary(DictionaryKind value);

	/**
	 * Returns the value of the '<em><b>Dictionary Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seed of the dictionary; null derives it from the generator seed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dictionary Seed</em>' attribute.
	 * @see #setDictionarySeed(Long)
	 * @see org.repalign.model.ExperimentPackage#getSyntheticModel_DictionarySeed()
	 * @model
	 * @generated
	 */
	Long getDictionarySeed();

	/**
	 * Sets the value of the '{@link org.repalign.model.SyntheticModel#getDictionarySeed <em>Dictionary Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dictionary Seed</em>' attribute.
	 * @see #getDictionarySeed()
	 * @generated
	 */
	void setDictionarySeed(Long value);

	/**
	 * Returns the value of the '<em><b>Bias Norm</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bias Norm</em>' attribute.
	 * @see #setBiasNorm(double)
	 * @see org.repalign.model.ExperimentPackage#getSyntheticModel_BiasNorm()
	 * @model default="0.0"
	 * @generated
	 */
	double getBiasNorm();

	/**
	 * Sets the value of the '{@link org.repalign.model.SyntheticModel#getBiasNorm <em>Bias Norm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bias Norm</em>' attribute.
	 * @see #getBiasNorm()
	 * @generated
	 */
	void setBiasNorm(double value);

	/**
	 * Returns the value of the '<em><b>Noise Scale</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Noise Scale</em>' attribute.
	 * @see #setNoiseScale(double)
	 * @see org.repalign.model.ExperimentPackage#getSyntheticModel_NoiseScale()
	 * @model default="0.0"
	 * @generated
	 */
	double getNoiseScale();

	/**
	 * Sets the value of the '{@link org.repalign.model.SyntheticModel#getNoiseScale <em>Noise Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Noise Scale</em>' attribute.
	 * @see #getNoiseScale()
	 * @generated
	 */
	void setNoiseScale(double value);

	/**
	 * Returns the value of the '<em><b>Anisotropic Dimensions</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Anisotropic Dimensions</em>' attribute.
	 * @see #setAnisotropicDimensions(int)
	 * @see org.repalign.model.ExperimentPackage#getSyntheticModel_AnisotropicDimensions()
	 * @model default="0"
	 * @generated
	 */
	int getAnisotropicDimensions();

	/**
	 * Sets the value of the '{@link org.repalign.model.SyntheticModel#getAnisotropicDimensions <em>Anisotropic Dimensions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anisotropic Dimensions</em>' attribute.
	 * @see #getAnisotropicDimensions()
	 * @generated
	 */
	void setAnisotropicDimensions(int value);

	/**
	 * Returns the value of the '<em><b>Anisotropy Scale</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Anisotropy Scale</em>' attribute.
	 * @see #setAnisotropyScale(double)
	 * @see org.repalign.model.ExperimentPackage#getSyntheticModel_AnisotropyScale()
	 * @model default="1.0"
	 * @generated
	 */
	double getAnisotropyScale();

	/**
	 * Sets the value of the '{@link org.repalign.model.SyntheticModel#getAnisotropyScale <em>Anisotropy Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anisotropy Scale</em>' attribute.
	 * @see #getAnisotropyScale()
	 * @generated
	 */
	void setAnisotropyScale(double value);

	/**
	 * Returns the value of the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Family</em>' attribute.
	 * @see #setFamily(String)
	 * @see org.repalign.model.ExperimentPackage#getSyntheticModel_Family()
	 * @model
	 * @generated
	 */
	String getFamily();

	/**
	 * Sets the value of the '{@link org.repalign.model.SyntheticModel#getFamily <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family</em>' attribute.
	 * @see #getFamily()
	 * @generated
	 */
	void setFamily(String value);

	/**
	 * Returns the value of the '<em><b>Modality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modality</em>' attribute.
	 * @see #setModality(String)
	 * @see org.repalign.model.ExperimentPackage#getSyntheticModel_Modality()
	 * @model
	 * @generated
	 */
	String getModality();

	/**
	 * Sets the value of the '{@link org.repalign.model.SyntheticModel#getModality <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modality</em>' attribute.
	 * @see #getModality()
	 * @generated
	 */
	void setModality(String value);

	/**
	 * Returns the value of the '<em><b>Noise Exponent</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The noise exponent: the noise s.d. of an item of frequency f is noiseScale times f to the power minus this (0.5 by default).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Noise Exponent</em>' attribute.
	 * @see #setNoiseExponent(double)
	 * @see org.repalign.model.ExperimentPackage#getSyntheticModel_NoiseExponent()
	 * @model default="0.5"
	 * @generated
	 */
	double getNoiseExponent();

	/**
	 * Sets the value of the '{@link org.repalign.model.SyntheticModel#getNoiseExponent <em>Noise Exponent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Noise Exponent</em>' attribute.
	 * @see #getNoiseExponent()
	 * @generated
	 */
	void setNoiseExponent(double value);

} // SyntheticModel
