/**
 * RepAlign
 */
package org.repalign.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.repalign.model.DictionaryKind;
import org.repalign.model.ExperimentPackage;
import org.repalign.model.SyntheticModel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Synthetic Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.repalign.model.impl.SyntheticModelImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.repalign.model.impl.SyntheticModelImpl#getDimension <em>Dimension</em>}</li>
 *   <li>{@link org.repalign.model.impl.SyntheticModelImpl#getDictionary <em>Dictionary</em>}</li>
 *   <li>{@link org.repalign.model.impl.SyntheticModelImpl#getDictionarySeed <em>Dictionary Seed</em>}</li>
 *   <li>{@link org.repalign.model.impl.SyntheticModelImpl#getBiasNorm <em>Bias Norm</em>}</li>
 *   <li>{@link org.repalign.model.impl.SyntheticModelImpl#getNoiseScale <em>Noise Scale</em>}</li>
 *   <li>{@link org.repalign.model.impl.SyntheticModelImpl#getAnisotropicDimensions <em>Anisotropic Dimensions</em>}</li>
 *   <li>{@link org.repalign.model.impl.SyntheticModelImpl#getAnisotropyScale <em>Anisotropy Scale</em>}</li>
 *   <li>{@link org.repalign.model.impl.SyntheticModelImpl#getFamily <em>Family</em>}</li>
 *   <li>{@link org.repalign.model.impl.SyntheticModelImpl#getModality <em>Modality</em>}</li>
 *   <li>{@link org.repalign.model.impl.SyntheticModelImpl#getNoiseExponent <em>Noise Exponent</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SyntheticModelImpl extends MinimalEObjectImpl.Container implements SyntheticModel {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getDimension() <em>Dimension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimension()
	 * @generated
	 * @ordered
	 */
	protected static final int DIMENSION_EDEFAULT = 64;

	/**
	 * The cached value of the '{@link #getDimension() <em>Dimension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimension()
	 * @generated
	 * @ordered
	 */
	protected int dimension = DIMENSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDictionary() <em>Dictionary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDictionary()
	 * @generated
	 * @ordered
	 */
	protected static final DictionaryKind DICTIONARY_EDEFAULT = DictionaryKind.RANDOM;

	/**
	 * The cached value of the '{@link #getDictionary() <em>Dictionary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDictionary()
	 * @generated
	 * @ordered
	 */
	protected DictionaryKind dictionary = DICTIONARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDictionarySeed() <em>Dictionary Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDictionarySeed()
	 * @generated
	 * @ordered
	 */
	protected static final Long DICTIONARY_SEED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDictionarySeed() <em>Dictionary Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDictionarySeed()
	 * @generated
	 * @ordered
	 */
	protected Long dictionarySeed = DICTIONARY_SEED_EDEFAULT;

	/**
	 * The default value of the '{@link #getBiasNorm() <em>Bias Norm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBiasNorm()
	 * @generated
	 * @ordered
	 */
	protected static final double BIAS_NORM_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getBiasNorm() <em>Bias Norm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBiasNorm()
	 * @generated
	 * @ordered
	 */
	protected double biasNorm = BIAS_NORM_EDEFAULT;

	/**
	 * The default value of the '{@link #getNoiseScale() <em>Noise Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoiseScale()
	 * @generated
	 * @ordered
	 */
	protected static final double NOISE_SCALE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getNoiseScale() <em>Noise Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoiseScale()
	 * @generated
	 * @ordered
	 */
	protected double noiseScale = NOISE_SCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnisotropicDimensions() <em>Anisotropic Dimensions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnisotropicDimensions()
	 * @generated
	 * @ordered
	 */
	protected static final int ANISOTROPIC_DIMENSIONS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAnisotropicDimensions() <em>Anisotropic Dimensions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnisotropicDimensions()
	 * @generated
	 * @ordered
	 */
	protected int anisotropicDimensions = ANISOTROPIC_DIMENSIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnisotropyScale() <em>Anisotropy Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnisotropyScale()
	 * @generated
	 * @ordered
	 */
	protected static final double ANISOTROPY_SCALE_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getAnisotropyScale() <em>Anisotropy Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnisotropyScale()
	 * @generated
	 * @ordered
	 */
	protected double anisotropyScale = ANISOTROPY_SCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFamily() <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamily()
	 * @generated
	 * @ordered
	 */
	protected static final String FAMILY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFamily() <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamily()
	 * @generated
	 * @ordered
	 */
	protected String family = FAMILY_EDEFAULT;

	/**
	 * The default value of the '{@link #getModality() <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModality()
	 * @generated
	 * @ordered
	 */
	protected static final String MODALITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModality() <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModality()
	 * @generated
	 * @ordered
	 */
	protected String modality = MODALITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getNoiseExponent() <em>Noise Exponent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoiseExponent()
	 * @generated
	 * @ordered
	 */
	protected static final double NOISE_EXPONENT_EDEFAULT = 0.5;

	/**
	 * The cached value of the '{@link #getNoiseExponent() <em>Noise Exponent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoiseExponent()
	 * @generated
	 * @ordered
	 */
	protected double noiseExponent = NOISE_EXPONENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SyntheticModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExperimentPackage.Literals.SYNTHETIC_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SYNTHETIC_MODEL__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDimension() {
		return dimension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDimension(int newDimension) {
		int oldDimension = dimension;
		dimension = newDimension;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SYNTHETIC_MODEL__DIMENSION, oldDimension, dimension));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DictionaryKind getDictionary() {
		return dictionary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDictionary(DictionaryKind newDictionary) {
		DictionaryKind oldDictionary = dictionary;
		dictionary = newDictionary == null ? DICTIONARY_EDEFAULT : newDictionary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SYNTHETIC_MODEL__DICTIONARY, oldDictionary, dictionary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getDictionarySeed() {
		return dictionarySeed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDictionarySeed(Long newDictionarySeed) {
		Long oldDictionarySeed = dictionarySeed;
		dictionarySeed = newDictionarySeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SYNTHETIC_MODEL__DICTIONARY_SEED, oldDictionarySeed, dictionarySeed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBiasNorm() {
		return biasNorm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBiasNorm(double newBiasNorm) {
		double oldBiasNorm = biasNorm;
		biasNorm = newBiasNorm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SYNTHETIC_MODEL__BIAS_NORM, oldBiasNorm, biasNorm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getNoiseScale() {
		return noiseScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoiseScale(double newNoiseScale) {
		double oldNoiseScale = noiseScale;
		noiseScale = newNoiseScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SYNTHETIC_MODEL__NOISE_SCALE, oldNoiseScale, noiseScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAnisotropicDimensions() {
		return anisotropicDimensions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnisotropicDimensions(int newAnisotropicDimensions) {
		int oldAnisotropicDimensions = anisotropicDimensions;
		anisotropicDimensions = newAnisotropicDimensions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SYNTHETIC_MODEL__ANISOTROPIC_DIMENSIONS, oldAnisotropicDimensions, anisotropicDimensions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAnisotropyScale() {
		return anisotropyScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnisotropyScale(double newAnisotropyScale) {
		double oldAnisotropyScale = anisotropyScale;
		anisotropyScale = newAnisotropyScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SYNTHETIC_MODEL__ANISOTROPY_SCALE, oldAnisotropyScale, anisotropyScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFamily() {
		return family;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFamily(String newFamily) {
		String oldFamily = family;
		family = newFamily;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SYNTHETIC_MODEL__FAMILY, oldFamily, family));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModality() {
		return modality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModality(String newModality) {
		String oldModality = modality;
		modality = newModality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SYNTHETIC_MODEL__MODALITY, oldModality, modality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getNoiseExponent() {
		return noiseExponent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoiseExponent(double newNoiseExponent) {
		double oldNoiseExponent = noiseExponent;
		noiseExponent = newNoiseExponent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SYNTHETIC_MODEL__NOISE_EXPONENT, oldNoiseExponent, noiseExponent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExperimentPackage.SYNTHETIC_MODEL__ID:
				return getId();
			case ExperimentPackage.SYNTHETIC_MODEL__DIMENSION:
				return getDimension();
			case ExperimentPackage.SYNTHETIC_MODEL__DICTIONARY:
				return getDictionary();
			case ExperimentPackage.SYNTHETIC_MODEL__DICTIONARY_SEED:
				return getDictionarySeed();
			case ExperimentPackage.SYNTHETIC_MODEL__BIAS_NORM:
				return getBiasNorm();
			case ExperimentPackage.SYNTHETIC_MODEL__NOISE_SCALE:
				return getNoiseScale();
			case ExperimentPackage.SYNTHETIC_MODEL__ANISOTROPIC_DIMENSIONS:
				return getAnisotropicDimensions();
			case ExperimentPackage.SYNTHETIC_MODEL__ANISOTROPY_SCALE:
				return getAnisotropyScale();
			case ExperimentPackage.SYNTHETIC_MODEL__FAMILY:
				return getFamily();
			case ExperimentPackage.SYNTHETIC_MODEL__MODALITY:
				return getModality();
			case ExperimentPackage.SYNTHETIC_MODEL__NOISE_EXPONENT:
				return getNoiseExponent();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ExperimentPackage.SYNTHETIC_MODEL__ID:
				setId((String)newValue);
				return;
			case ExperimentPackage.SYNTHETIC_MODEL__DIMENSION:
				setDimension((Integer)newValue);
				return;
			case ExperimentPackage.SYNTHETIC_MODEL__DICTIONARY:
				setDictionary((DictionaryKind)newValue);
				return;
			case ExperimentPackage.SYNTHETIC_MODEL__DICTIONARY_SEED:
				setDictionarySeed((Long)newValue);
				return;
			case ExperimentPackage.SYNTHETIC_MODEL__BIAS_NORM:
				setBiasNorm((Double)newValue);
				return;
			case ExperimentPackage.SYNTHETIC_MODEL__NOISE_SCALE:
				setNoiseScale((Double)newValue);
				return;
			case ExperimentPackage.SYNTHETIC_MODEL__ANISOTROPIC_DIMENSIONS:
				setAnisotropicDimensions((Integer)newValue);
				return;
			case ExperimentPackage.SYNTHETIC_MODEL__ANISOTROPY_SCALE:
				setAnisotropyScale((Double)newValue);
				return;
			case ExperimentPackage.SYNTHETIC_MODEL__FAMILY:
				setFamily((String)newValue);
				return;
			case ExperimentPackage.SYNTHETIC_MODEL__MODALITY:
				setModality((String)newValue);
				return;
			case ExperimentPackage.SYNTHETIC_MODEL__NOISE_EXPONENT:
				setNoiseExponent((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ExperimentPackage.SYNTHETIC_MODEL__ID:
				setId(ID_EDEFAULT);
				return;
			case ExperimentPackage.SYNTHETIC_MODEL__DIMENSION:
				setDimension(DIMENSION_EDEFAULT);
				return;
			case ExperimentPackage.SYNTHETIC_MODEL__DICTIONARY:
				setDictionary(DICTIONARY_EDEFAULT);
				return;
			case ExperimentPackage.SYNTHETIC_MODEL__DICTIONARY_SEED:
				setDictionarySeed(DICTIONARY_SEED_EDEFAULT);
				return;
			case ExperimentPackage.SYNTHETIC_MODEL__BIAS_NORM:
				setBiasNorm(BIAS_NORM_EDEFAULT);
				return;
			case ExperimentPackage.SYNTHETIC_MODEL__NOISE_SCALE:
				setNoiseScale(NOISE_SCALE_EDEFAULT);
				return;
			case ExperimentPackage.SYNTHETIC_MODEL__ANISOTROPIC_DIMENSIONS:
				setAnisotropicDimensions(ANISOTROPIC_DIMENSIONS_EDEFAULT);
				return;
			case ExperimentPackage.SYNTHETIC_MODEL__ANISOTROPY_SCALE:
				setAnisotropyScale(ANISOTROPY_SCALE_EDEFAULT);
				return;
			case ExperimentPackage.SYNTHETIC_MODEL__FAMILY:
				setFamily(FAMILY_EDEFAULT);
				return;
			case ExperimentPackage.SYNTHETIC_MODEL__MODALITY:
				setModality(MODALITY_EDEFAULT);
				return;
			case ExperimentPackage.SYNTHETIC_MODEL__NOISE_EXPONENT:
				setNoiseExponent(NOISE_EXPONENT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ExperimentPackage.SYNTHETIC_MODEL__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ExperimentPackage.SYNTHETIC_MODEL__DIMENSION:
				return dimension != DIMENSION_EDEFAULT;
			case ExperimentPackage.SYNTHETIC_MODEL__DICTIONARY:
				return dictionary != DICTIONARY_EDEFAULT;
			case ExperimentPackage.SYNTHETIC_MODEL__DICTIONARY_SEED:
				return DICTIONARY_SEED_EDEFAULT == null ? dictionarySeed != null : !DICTIONARY_SEED_EDEFAULT.equals(dictionarySeed);
			case ExperimentPackage.SYNTHETIC_MODEL__BIAS_NORM:
				return biasNorm != BIAS_NORM_EDEFAULT;
			case ExperimentPackage.SYNTHETIC_MODEL__NOISE_SCALE:
				return noiseScale != NOISE_SCALE_EDEFAULT;
			case ExperimentPackage.SYNTHETIC_MODEL__ANISOTROPIC_DIMENSIONS:
				return anisotropicDimensions != ANISOTROPIC_DIMENSIONS_EDEFAULT;
			case ExperimentPackage.SYNTHETIC_MODEL__ANISOTROPY_SCALE:
				return anisotropyScale != ANISOTROPY_SCALE_EDEFAULT;
			case ExperimentPackage.SYNTHETIC_MODEL__FAMILY:
				return FAMILY_EDEFAULT == null ? family != null : !FAMILY_EDEFAULT.equals(family);
			case ExperimentPackage.SYNTHETIC_MODEL__MODALITY:
				return MODALITY_EDEFAULT == null ? modality != null : !MODALITY_EDEFAULT.equals(modality);
			case ExperimentPackage.SYNTHETIC_MODEL__NOISE_EXPONENT:
				return noiseExponent != NOISE_EXPONENT_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", dimension: ");
		result.append(dimension);
		result.append(", dictionary: ");
		result.append(dictionary);
		result.append(", dictionarySeed: ");
		result.append(dictionarySeed);
		result.append(", biasNorm: ");
		result.append(biasNorm);
		result.append(", noiseScale: ");
		result.append(noiseScale);
		result.append(", anisotropicDimensions: ");
		result.append(anisotropicDimensions);
		result.append(", anisotropyScale: ");
		result.append(anisotropyScale);
		result.append(", family: ");
		result.append(family);
		result.append(", modality: ");
		result.append(modality);
		result.append(", noiseExponent: ");
		result.append(noiseExponent);
		result.append(')');
		return result.toString();
	}

} //SyntheticModelImpl
