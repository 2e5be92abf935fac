/**
 * RepAlign
 */
package org.repalign.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.repalign.model.ExperimentPackage;
import org.repalign.model.SyntheticData;
import org.repalign.model.SyntheticModel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Synthetic Data</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.repalign.model.impl.SyntheticDataImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.repalign.model.impl.SyntheticDataImpl#getItems <em>Items</em>}</li>
 *   <li>{@link org.repalign.model.impl.SyntheticDataImpl#getAttributes <em>Attributes</em>}</li>
 *   <li>{@link org.repalign.model.impl.SyntheticDataImpl#getActivePerItem <em>Active Per Item</em>}</li>
 *   <li>{@link org.repalign.model.impl.SyntheticDataImpl#getCodeMagnitude <em>Code Magnitude</em>}</li>
 *   <li>{@link org.repalign.model.impl.SyntheticDataImpl#getCodeJitter <em>Code Jitter</em>}</li>
 *   <li>{@link org.repalign.model.impl.SyntheticDataImpl#getZipfExponent <em>Zipf Exponent</em>}</li>
 *   <li>{@link org.repalign.model.impl.SyntheticDataImpl#getTopFrequency <em>Top Frequency</em>}</li>
 *   <li>{@link org.repalign.model.impl.SyntheticDataImpl#getModels <em>Models</em>}</li>
 *   <li>{@link org.repalign.model.impl.SyntheticDataImpl#getAttributeLabelNoise <em>Attribute Label Noise</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SyntheticDataImpl extends MinimalEObjectImpl.Container implements SyntheticData {
	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 20260522L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The default value of the '{@link #getItems() <em>Items</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected static final int ITEMS_EDEFAULT = 400;

	/**
	 * The cached value of the '{@link #getItems() <em>Items</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected int items = ITEMS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttributes() <em>Attributes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributes()
	 * @generated
	 * @ordered
	 */
	protected static final int ATTRIBUTES_EDEFAULT = 160;

	/**
	 * The cached value of the '{@link #getAttributes() <em>Attributes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributes()
	 * @generated
	 * @ordered
	 */
	protected int attributes = ATTRIBUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getActivePerItem() <em>Active Per Item</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivePerItem()
	 * @generated
	 * @ordered
	 */
	protected static final int ACTIVE_PER_ITEM_EDEFAULT = 6;

	/**
	 * The cached value of the '{@link #getActivePerItem() <em>Active Per Item</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivePerItem()
	 * @generated
	 * @ordered
	 */
	protected int activePerItem = ACTIVE_PER_ITEM_EDEFAULT;

	/**
	 * The default value of the '{@link #getCodeMagnitude() <em>Code Magnitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodeMagnitude()
	 * @generated
	 * @ordered
	 */
	protected static final double CODE_MAGNITUDE_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getCodeMagnitude() <em>Code Magnitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodeMagnitude()
	 * @generated
	 * @ordered
	 */
	protected double codeMagnitude = CODE_MAGNITUDE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCodeJitter() <em>Code Jitter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodeJitter()
	 * @generated
	 * @ordered
	 */
	protected static final double CODE_JITTER_EDEFAULT = 0.25;

	/**
	 * The cached value of the '{@link #getCodeJitter() <em>Code Jitter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodeJitter()
	 * @generated
	 * @ordered
	 */
	protected double codeJitter = CODE_JITTER_EDEFAULT;

	/**
	 * The default value of the '{@link #getZipfExponent() <em>Zipf Exponent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZipfExponent()
	 * @generated
	 * @ordered
	 */
	protected static final double ZIPF_EXPONENT_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getZipfExponent() <em>Zipf Exponent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZipfExponent()
	 * @generated
	 * @ordered
	 */
	protected double zipfExponent = ZIPF_EXPONENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTopFrequency() <em>Top Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopFrequency()
	 * @generated
	 * @ordered
	 */
	protected static final double TOP_FREQUENCY_EDEFAULT = 1000.0;

	/**
	 * The cached value of the '{@link #getTopFrequency() <em>Top Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopFrequency()
	 * @generated
	 * @ordered
	 */
	protected double topFrequency = TOP_FREQUENCY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getModels() <em>Models</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModels()
	 * @generated
	 * @ordered
	 */
	protected EList<SyntheticModel> models;

	/**
	 * The default value of the '{@link #getAttributeLabelNoise() <em>Attribute Label Noise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributeLabelNoise()
	 * @generated
	 * @ordered
	 */
	protected static final double ATTRIBUTE_LABEL_NOISE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAttributeLabelNoise() <em>Attribute Label Noise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributeLabelNoise()
	 * @generated
	 * @ordered
	 */
	protected double attributeLabelNoise = ATTRIBUTE_LABEL_NOISE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SyntheticDataImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExperimentPackage.Literals.SYNTHETIC_DATA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SYNTHETIC_DATA__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getItems() {
		return items;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItems(int newItems) {
		int oldItems = items;
		items = newItems;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SYNTHETIC_DATA__ITEMS, oldItems, items));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAttributes() {
		return attributes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttributes(int newAttributes) {
		int oldAttributes = attributes;
		attributes = newAttributes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SYNTHETIC_DATA__ATTRIBUTES, oldAttributes, attributes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getActivePerItem() {
		return activePerItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActivePerItem(int newActivePerItem) {
		int oldActivePerItem = activePerItem;
		activePerItem = newActivePerItem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SYNTHETIC_DATA__ACTIVE_PER_ITEM, oldActivePerItem, activePerItem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCodeMagnitude() {
		return codeMagnitude;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCodeMagnitude(double newCodeMagnitude) {
		double oldCodeMagnitude = codeMagnitude;
		codeMagnitude = newCodeMagnitude;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SYNTHETIC_DATA__CODE_MAGNITUDE, oldCodeMagnitude, codeMagnitude));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCodeJitter() {
		return codeJitter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCodeJitter(double newCodeJitter) {
		double oldCodeJitter = codeJitter;
		codeJitter = newCodeJitter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SYNTHETIC_DATA__CODE_JITTER, oldCodeJitter, codeJitter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getZipfExponent() {
		return zipfExponent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZipfExponent(double newZipfExponent) {
		double oldZipfExponent = zipfExponent;
		zipfExponent = newZipfExponent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SYNTHETIC_DATA__ZIPF_EXPONENT, oldZipfExponent, zipfExponent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTopFrequency() {
		return topFrequency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTopFrequency(double newTopFrequency) {
		double oldTopFrequency = topFrequency;
		topFrequency = newTopFrequency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SYNTHETIC_DATA__TOP_FREQUENCY, oldTopFrequency, topFrequency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SyntheticModel> getModels() {
		if (models == null) {
			models = new EObjectContainmentEList<SyntheticModel>(SyntheticModel.class, this, ExperimentPackage.SYNTHETIC_DATA__MODELS);
		}
		return models;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAttributeLabelNoise() {
		return attributeLabelNoise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttributeLabelNoise(double newAttributeLabelNoise) {
		double oldAttributeLabelNoise = attributeLabelNoise;
		attributeLabelNoise = newAttributeLabelNoise;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SYNTHETIC_DATA__ATTRIBUTE_LABEL_NOISE, oldAttributeLabelNoise, attributeLabelNoise));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ExperimentPackage.SYNTHETIC_DATA__MODELS:
				return ((InternalEList<?>)getModels()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExperimentPackage.SYNTHETIC_DATA__SEED:
				return getSeed();
			case ExperimentPackage.SYNTHETIC_DATA__ITEMS:
				return getItems();
			case ExperimentPackage.SYNTHETIC_DATA__ATTRIBUTES:
				return getAttributes();
			case ExperimentPackage.SYNTHETIC_DATA__ACTIVE_PER_ITEM:
				return getActivePerItem();
			case ExperimentPackage.SYNTHETIC_DATA__CODE_MAGNITUDE:
				return getCodeMagnitude();
			case ExperimentPackage.SYNTHETIC_DATA__CODE_JITTER:
				return getCodeJitter();
			case ExperimentPackage.SYNTHETIC_DATA__ZIPF_EXPONENT:
				return getZipfExponent();
			case ExperimentPackage.SYNTHETIC_DATA__TOP_FREQUENCY:
				return getTopFrequency();
			case ExperimentPackage.SYNTHETIC_DATA__MODELS:
				return getModels();
			case ExperimentPackage.SYNTHETIC_DATA__ATTRIBUTE_LABEL_NOISE:
				return getAttributeLabelNoise();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ExperimentPackage.SYNTHETIC_DATA__SEED:
				setSeed((Long)newValue);
				return;
			case ExperimentPackage.SYNTHETIC_DATA__ITEMS:
				setItems((Integer)newValue);
				return;
			case ExperimentPackage.SYNTHETIC_DATA__ATTRIBUTES:
				setAttributes((Integer)newValue);
				return;
			case ExperimentPackage.SYNTHETIC_DATA__ACTIVE_PER_ITEM:
				setActivePerItem((Integer)newValue);
				return;
			case ExperimentPackage.SYNTHETIC_DATA__CODE_MAGNITUDE:
				setCodeMagnitude((Double)newValue);
				return;
			case ExperimentPackage.SYNTHETIC_DATA__CODE_JITTER:
				setCodeJitter((Double)newValue);
				return;
			case ExperimentPackage.SYNTHETIC_DATA__ZIPF_EXPONENT:
				setZipfExponent((Double)newValue);
				return;
			case ExperimentPackage.SYNTHETIC_DATA__TOP_FREQUENCY:
				setTopFrequency((Double)newValue);
				return;
			case ExperimentPackage.SYNTHETIC_DATA__MODELS:
				getModels().clear();
				getModels().addAll((Collection<? extends SyntheticModel>)newValue);
				return;
			case ExperimentPackage.SYNTHETIC_DATA__ATTRIBUTE_LABEL_NOISE:
				setAttributeLabelNoise((Double)newValue);
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
			case ExperimentPackage.SYNTHETIC_DATA__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case ExperimentPackage.SYNTHETIC_DATA__ITEMS:
				setItems(ITEMS_EDEFAULT);
				return;
			case ExperimentPackage.SYNTHETIC_DATA__ATTRIBUTES:
				setAttributes(ATTRIBUTES_EDEFAULT);
				return;
			case ExperimentPackage.SYNTHETIC_DATA__ACTIVE_PER_ITEM:
				setActivePerItem(ACTIVE_PER_ITEM_EDEFAULT);
				return;
			case ExperimentPackage.SYNTHETIC_DATA__CODE_MAGNITUDE:
				setCodeMagnitude(CODE_MAGNITUDE_EDEFAULT);
				return;
			case ExperimentPackage.SYNTHETIC_DATA__CODE_JITTER:
				setCodeJitter(CODE_JITTER_EDEFAULT);
				return;
			case ExperimentPackage.SYNTHETIC_DATA__ZIPF_EXPONENT:
				setZipfExponent(ZIPF_EXPONENT_EDEFAULT);
				return;
			case ExperimentPackage.SYNTHETIC_DATA__TOP_FREQUENCY:
				setTopFrequency(TOP_FREQUENCY_EDEFAULT);
				return;
			case ExperimentPackage.SYNTHETIC_DATA__MODELS:
				getModels().clear();
				return;
			case ExperimentPackage.SYNTHETIC_DATA__ATTRIBUTE_LABEL_NOISE:
				setAttributeLabelNoise(ATTRIBUTE_LABEL_NOISE_EDEFAULT);
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
			case ExperimentPackage.SYNTHETIC_DATA__SEED:
				return seed != SEED_EDEFAULT;
			case ExperimentPackage.SYNTHETIC_DATA__ITEMS:
				return items != ITEMS_EDEFAULT;
			case ExperimentPackage.SYNTHETIC_DATA__ATTRIBUTES:
				return attributes != ATTRIBUTES_EDEFAULT;
			case ExperimentPackage.SYNTHETIC_DATA__ACTIVE_PER_ITEM:
				return activePerItem != ACTIVE_PER_ITEM_EDEFAULT;
			case ExperimentPackage.SYNTHETIC_DATA__CODE_MAGNITUDE:
				return codeMagnitude != CODE_MAGNITUDE_EDEFAULT;
			case ExperimentPackage.SYNTHETIC_DATA__CODE_JITTER:
				return codeJitter != CODE_JITTER_EDEFAULT;
			case ExperimentPackage.SYNTHETIC_DATA__ZIPF_EXPONENT:
				return zipfExponent != ZIPF_EXPONENT_EDEFAULT;
			case ExperimentPackage.SYNTHETIC_DATA__TOP_FREQUENCY:
				return topFrequency != TOP_FREQUENCY_EDEFAULT;
			case ExperimentPackage.SYNTHETIC_DATA__MODELS:
				return models != null && !models.isEmpty();
			case ExperimentPackage.SYNTHETIC_DATA__ATTRIBUTE_LABEL_NOISE:
				return attributeLabelNoise != ATTRIBUTE_LABEL_NOISE_EDEFAULT;
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
		result.append(" (seed: ");
		result.append(seed);
		result.append(", items: ");
		result.append(items);
		result.append(", attributes: ");
		result.append(attributes);
		result.append(", activePerItem: ");
		result.append(activePerItem);
		result.append(", codeMagnitude: ");
		result.append(codeMagnitude);
		result.append(", codeJitter: ");
		result.append(codeJitter);
		result.append(", zipfExponent: ");
		result.append(zipfExponent);
		result.append(", topFrequency: ");
		result.append(topFrequency);
		result.append(", attributeLabelNoise: ");
		result.append(attributeLabelNoise);
		result.append(')');
		return result.toString();
	}

} //SyntheticDataImpl
