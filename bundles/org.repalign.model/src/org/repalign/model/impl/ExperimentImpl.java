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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.repalign.model.Analysis;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentPackage;
import org.repalign.model.MetricSetting;
import org.repalign.model.PreprocessingMode;
import org.repalign.model.Protocol;
import org.repalign.model.SaeSettings;
import org.repalign.model.Source;
import org.repalign.model.SyntheticData;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Experiment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.repalign.model.impl.ExperimentImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.repalign.model.impl.ExperimentImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.repalign.model.impl.ExperimentImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.repalign.model.impl.ExperimentImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link org.repalign.model.impl.ExperimentImpl#getItemsFile <em>Items File</em>}</li>
 *   <li>{@link org.repalign.model.impl.ExperimentImpl#getFrequenciesFile <em>Frequencies File</em>}</li>
 *   <li>{@link org.repalign.model.impl.ExperimentImpl#getAttributesFile <em>Attributes File</em>}</li>
 *   <li>{@link org.repalign.model.impl.ExperimentImpl#getPreprocessing <em>Preprocessing</em>}</li>
 *   <li>{@link org.repalign.model.impl.ExperimentImpl#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link org.repalign.model.impl.ExperimentImpl#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link org.repalign.model.impl.ExperimentImpl#getSae <em>Sae</em>}</li>
 *   <li>{@link org.repalign.model.impl.ExperimentImpl#getAnalyses <em>Analyses</em>}</li>
 *   <li>{@link org.repalign.model.impl.ExperimentImpl#getSynthetic <em>Synthetic</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExperimentImpl extends MinimalEObjectImpl.Container implements Experiment {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 12345L;

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
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<Source> sources;

	/**
	 * The default value of the '{@link #getItemsFile() <em>Items File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemsFile()
	 * @generated
	 * @ordered
	 */
	protected static final String ITEMS_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getItemsFile() <em>Items File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemsFile()
	 * @generated
	 * @ordered
	 */
	protected String itemsFile = ITEMS_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFrequenciesFile() <em>Frequencies File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequenciesFile()
	 * @generated
	 * @ordered
	 */
	protected static final String FREQUENCIES_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFrequenciesFile() <em>Frequencies File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequenciesFile()
	 * @generated
	 * @ordered
	 */
	protected String frequenciesFile = FREQUENCIES_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttributesFile() <em>Attributes File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributesFile()
	 * @generated
	 * @ordered
	 */
	protected static final String ATTRIBUTES_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAttributesFile() <em>Attributes File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributesFile()
	 * @generated
	 * @ordered
	 */
	protected String attributesFile = ATTRIBUTES_FILE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPreprocessing() <em>Preprocessing</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreprocessing()
	 * @generated
	 * @ordered
	 */
	protected EList<PreprocessingMode> preprocessing;

	/**
	 * The cached value of the '{@link #getMetrics() <em>Metrics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetrics()
	 * @generated
	 * @ordered
	 */
	protected EList<MetricSetting> metrics;

	/**
	 * The cached value of the '{@link #getProtocol() <em>Protocol</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected Protocol protocol;

	/**
	 * The cached value of the '{@link #getSae() <em>Sae</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSae()
	 * @generated
	 * @ordered
	 */
	protected SaeSettings sae;

	/**
	 * The cached value of the '{@link #getAnalyses() <em>Analyses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalyses()
	 * @generated
	 * @ordered
	 */
	protected EList<Analysis> analyses;

	/**
	 * The cached value of the '{@link #getSynthetic() <em>Synthetic</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSynthetic()
	 * @generated
	 * @ordered
	 */
	protected SyntheticData synthetic;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExperimentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExperimentPackage.Literals.EXPERIMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__DESCRIPTION, oldDescription, description));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Source> getSources() {
		if (sources == null) {
			sources = new EObjectContainmentEList<Source>(Source.class, this, ExperimentPackage.EXPERIMENT__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getItemsFile() {
		return itemsFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItemsFile(String newItemsFile) {
		String oldItemsFile = itemsFile;
		itemsFile = newItemsFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__ITEMS_FILE, oldItemsFile, itemsFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFrequenciesFile() {
		return frequenciesFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrequenciesFile(String newFrequenciesFile) {
		String oldFrequenciesFile = frequenciesFile;
		frequenciesFile = newFrequenciesFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__FREQUENCIES_FILE, oldFrequenciesFile, frequenciesFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAttributesFile() {
		return attributesFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttributesFile(String newAttributesFile) {
		String oldAttributesFile = attributesFile;
		attributesFile = newAttributesFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__ATTRIBUTES_FILE, oldAttributesFile, attributesFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PreprocessingMode> getPreprocessing() {
		if (preprocessing == null) {
			preprocessing = new EDataTypeUniqueEList<PreprocessingMode>(PreprocessingMode.class, this, ExperimentPackage.EXPERIMENT__PREPROCESSING);
		}
		return preprocessing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MetricSetting> getMetrics() {
		if (metrics == null) {
			metrics = new EObjectContainmentEList<MetricSetting>(MetricSetting.class, this, ExperimentPackage.EXPERIMENT__METRICS);
		}
		return metrics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Protocol getProtocol() {
		return protocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProtocol(Protocol newProtocol, NotificationChain msgs) {
		Protocol oldProtocol = protocol;
		protocol = newProtocol;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__PROTOCOL, oldProtocol, newProtocol);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtocol(Protocol newProtocol) {
		if (newProtocol != protocol) {
			NotificationChain msgs = null;
			if (protocol != null)
				msgs = ((InternalEObject)protocol).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.EXPERIMENT__PROTOCOL, null, msgs);
			if (newProtocol != null)
				msgs = ((InternalEObject)newProtocol).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.EXPERIMENT__PROTOCOL, null, msgs);
			msgs = basicSetProtocol(newProtocol, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__PROTOCOL, newProtocol, newProtocol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SaeSettings getSae() {
		return sae;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSae(SaeSettings newSae, NotificationChain msgs) {
		SaeSettings oldSae = sae;
		sae = newSae;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__SAE, oldSae, newSae);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSae(SaeSettings newSae) {
		if (newSae != sae) {
			NotificationChain msgs = null;
			if (sae != null)
				msgs = ((InternalEObject)sae).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.EXPERIMENT__SAE, null, msgs);
			if (newSae != null)
				msgs = ((InternalEObject)newSae).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.EXPERIMENT__SAE, null, msgs);
			msgs = basicSetSae(newSae, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__SAE, newSae, newSae));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Analysis> getAnalyses() {
		if (analyses == null) {
			analyses = new EObjectContainmentEList<Analysis>(Analysis.class, this, ExperimentPackage.EXPERIMENT__ANALYSES);
		}
		return analyses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SyntheticData getSynthetic() {
		return synthetic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSynthetic(SyntheticData newSynthetic, NotificationChain msgs) {
		SyntheticData oldSynthetic = synthetic;
		synthetic = newSynthetic;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__SYNTHETIC, oldSynthetic, newSynthetic);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSynthetic(SyntheticData newSynthetic) {
		if (newSynthetic != synthetic) {
			NotificationChain msgs = null;
			if (synthetic != null)
				msgs = ((InternalEObject)synthetic).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.EXPERIMENT__SYNTHETIC, null, msgs);
			if (newSynthetic != null)
				msgs = ((InternalEObject)newSynthetic).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.EXPERIMENT__SYNTHETIC, null, msgs);
			msgs = basicSetSynthetic(newSynthetic, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__SYNTHETIC, newSynthetic, newSynthetic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ExperimentPackage.EXPERIMENT__SOURCES:
				return ((InternalEList<?>)getSources()).basicRemove(otherEnd, msgs);
			case ExperimentPackage.EXPERIMENT__METRICS:
				return ((InternalEList<?>)getMetrics()).basicRemove(otherEnd, msgs);
			case ExperimentPackage.EXPERIMENT__PROTOCOL:
				return basicSetProtocol(null, msgs);
			case ExperimentPackage.EXPERIMENT__SAE:
				return basicSetSae(null, msgs);
			case ExperimentPackage.EXPERIMENT__ANALYSES:
				return ((InternalEList<?>)getAnalyses()).basicRemove(otherEnd, msgs);
			case ExperimentPackage.EXPERIMENT__SYNTHETIC:
				return basicSetSynthetic(null, msgs);
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
			case ExperimentPackage.EXPERIMENT__NAME:
				return getName();
			case ExperimentPackage.EXPERIMENT__DESCRIPTION:
				return getDescription();
			case ExperimentPackage.EXPERIMENT__SEED:
				return getSeed();
			case ExperimentPackage.EXPERIMENT__SOURCES:
				return getSources();
			case ExperimentPackage.EXPERIMENT__ITEMS_FILE:
				return getItemsFile();
			case ExperimentPackage.EXPERIMENT__FREQUENCIES_FILE:
				return getFrequenciesFile();
			case ExperimentPackage.EXPERIMENT__ATTRIBUTES_FILE:
				return getAttributesFile();
			case ExperimentPackage.EXPERIMENT__PREPROCESSING:
				return getPreprocessing();
			case ExperimentPackage.EXPERIMENT__METRICS:
				return getMetrics();
			case ExperimentPackage.EXPERIMENT__PROTOCOL:
				return getProtocol();
			case ExperimentPackage.EXPERIMENT__SAE:
				return getSae();
			case ExperimentPackage.EXPERIMENT__ANALYSES:
				return getAnalyses();
			case ExperimentPackage.EXPERIMENT__SYNTHETIC:
				return getSynthetic();
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
			case ExperimentPackage.EXPERIMENT__NAME:
				setName((String)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__SEED:
				setSeed((Long)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends Source>)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__ITEMS_FILE:
				setItemsFile((String)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__FREQUENCIES_FILE:
				setFrequenciesFile((String)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__ATTRIBUTES_FILE:
				setAttributesFile((String)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__PREPROCESSING:
				getPreprocessing().clear();
				getPreprocessing().addAll((Collection<? extends PreprocessingMode>)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__METRICS:
				getMetrics().clear();
				getMetrics().addAll((Collection<? extends MetricSetting>)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__PROTOCOL:
				setProtocol((Protocol)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__SAE:
				setSae((SaeSettings)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__ANALYSES:
				getAnalyses().clear();
				getAnalyses().addAll((Collection<? extends Analysis>)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__SYNTHETIC:
				setSynthetic((SyntheticData)newValue);
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
			case ExperimentPackage.EXPERIMENT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ExperimentPackage.EXPERIMENT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ExperimentPackage.EXPERIMENT__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case ExperimentPackage.EXPERIMENT__SOURCES:
				getSources().clear();
				return;
			case ExperimentPackage.EXPERIMENT__ITEMS_FILE:
				setItemsFile(ITEMS_FILE_EDEFAULT);
				return;
			case ExperimentPackage.EXPERIMENT__FREQUENCIES_FILE:
				setFrequenciesFile(FREQUENCIES_FILE_EDEFAULT);
				return;
			case ExperimentPackage.EXPERIMENT__ATTRIBUTES_FILE:
				setAttributesFile(ATTRIBUTES_FILE_EDEFAULT);
				return;
			case ExperimentPackage.EXPERIMENT__PREPROCESSING:
				getPreprocessing().clear();
				return;
			case ExperimentPackage.EXPERIMENT__METRICS:
				getMetrics().clear();
				return;
			case ExperimentPackage.EXPERIMENT__PROTOCOL:
				setProtocol((Protocol)null);
				return;
			case ExperimentPackage.EXPERIMENT__SAE:
				setSae((SaeSettings)null);
				return;
			case ExperimentPackage.EXPERIMENT__ANALYSES:
				getAnalyses().clear();
				return;
			case ExperimentPackage.EXPERIMENT__SYNTHETIC:
				setSynthetic((SyntheticData)null);
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
			case ExperimentPackage.EXPERIMENT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ExperimentPackage.EXPERIMENT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ExperimentPackage.EXPERIMENT__SEED:
				return seed != SEED_EDEFAULT;
			case ExperimentPackage.EXPERIMENT__SOURCES:
				return sources != null && !sources.isEmpty();
			case ExperimentPackage.EXPERIMENT__ITEMS_FILE:
				return ITEMS_FILE_EDEFAULT == null ? itemsFile != null : !ITEMS_FILE_EDEFAULT.equals(itemsFile);
			case ExperimentPackage.EXPERIMENT__FREQUENCIES_FILE:
				return FREQUENCIES_FILE_EDEFAULT == null ? frequenciesFile != null : !FREQUENCIES_FILE_EDEFAULT.equals(frequenciesFile);
			case ExperimentPackage.EXPERIMENT__ATTRIBUTES_FILE:
				return ATTRIBUTES_FILE_EDEFAULT == null ? attributesFile != null : !ATTRIBUTES_FILE_EDEFAULT.equals(attributesFile);
			case ExperimentPackage.EXPERIMENT__PREPROCESSING:
				return preprocessing != null && !preprocessing.isEmpty();
			case ExperimentPackage.EXPERIMENT__METRICS:
				return metrics != null && !metrics.isEmpty();
			case ExperimentPackage.EXPERIMENT__PROTOCOL:
				return protocol != null;
			case ExperimentPackage.EXPERIMENT__SAE:
				return sae != null;
			case ExperimentPackage.EXPERIMENT__ANALYSES:
				return analyses != null && !analyses.isEmpty();
			case ExperimentPackage.EXPERIMENT__SYNTHETIC:
				return synthetic != null;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", seed: ");
		result.append(seed);
		result.append(", itemsFile: ");
		result.append(itemsFile);
		result.append(", frequenciesFile: ");
		result.append(frequenciesFile);
		result.append(", attributesFile: ");
		result.append(attributesFile);
		result.append(", preprocessing: ");
		result.append(preprocessing);
		result.append(')');
		return result.toString();
	}

} //ExperimentImpl
