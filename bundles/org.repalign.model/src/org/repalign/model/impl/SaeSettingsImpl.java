/**
 * RepAlign
 */
package org.repalign.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.repalign.model.ExperimentPackage;
import org.repalign.model.SaeSettings;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sae Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.repalign.model.impl.SaeSettingsImpl#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.repalign.model.impl.SaeSettingsImpl#getRecipe <em>Recipe</em>}</li>
 *   <li>{@link org.repalign.model.impl.SaeSettingsImpl#getLatents <em>Latents</em>}</li>
 *   <li>{@link org.repalign.model.impl.SaeSettingsImpl#getK <em>K</em>}</li>
 *   <li>{@link org.repalign.model.impl.SaeSettingsImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.repalign.model.impl.SaeSettingsImpl#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link org.repalign.model.impl.SaeSettingsImpl#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link org.repalign.model.impl.SaeSettingsImpl#getTruncationLower <em>Truncation Lower</em>}</li>
 *   <li>{@link org.repalign.model.impl.SaeSettingsImpl#getTruncationUpper <em>Truncation Upper</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SaeSettingsImpl extends MinimalEObjectImpl.Container implements SaeSettings {
	/**
	 * The default value of the '{@link #getArchitecture() <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitecture()
	 * @generated
	 * @ordered
	 */
	protected static final String ARCHITECTURE_EDEFAULT = "topk";

	/**
	 * The cached value of the '{@link #getArchitecture() <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitecture()
	 * @generated
	 * @ordered
	 */
	protected String architecture = ARCHITECTURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecipe() <em>Recipe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecipe()
	 * @generated
	 * @ordered
	 */
	protected static final String RECIPE_EDEFAULT = "l2prh";

	/**
	 * The cached value of the '{@link #getRecipe() <em>Recipe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecipe()
	 * @generated
	 * @ordered
	 */
	protected String recipe = RECIPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLatents() <em>Latents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatents()
	 * @generated
	 * @ordered
	 */
	protected static final int LATENTS_EDEFAULT = 4096;

	/**
	 * The cached value of the '{@link #getLatents() <em>Latents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatents()
	 * @generated
	 * @ordered
	 */
	protected int latents = LATENTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getK() <em>K</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getK()
	 * @generated
	 * @ordered
	 */
	protected static final int K_EDEFAULT = 32;

	/**
	 * The cached value of the '{@link #getK() <em>K</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getK()
	 * @generated
	 * @ordered
	 */
	protected int k = K_EDEFAULT;

	/**
	 * The default value of the '{@link #getSteps() <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected static final int STEPS_EDEFAULT = 2000;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected int steps = STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected static final int BATCH_SIZE_EDEFAULT = 1024;

	/**
	 * The cached value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected int batchSize = BATCH_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLearningRate() <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRate()
	 * @generated
	 * @ordered
	 */
	protected static final double LEARNING_RATE_EDEFAULT = 4.0E-4;

	/**
	 * The cached value of the '{@link #getLearningRate() <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRate()
	 * @generated
	 * @ordered
	 */
	protected double learningRate = LEARNING_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTruncationLower() <em>Truncation Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTruncationLower()
	 * @generated
	 * @ordered
	 */
	protected static final double TRUNCATION_LOWER_EDEFAULT = 1.0E-5;

	/**
	 * The cached value of the '{@link #getTruncationLower() <em>Truncation Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTruncationLower()
	 * @generated
	 * @ordered
	 */
	protected double truncationLower = TRUNCATION_LOWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getTruncationUpper() <em>Truncation Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTruncationUpper()
	 * @generated
	 * @ordered
	 */
	protected static final double TRUNCATION_UPPER_EDEFAULT = 0.1;

	/**
	 * The cached value of the '{@link #getTruncationUpper() <em>Truncation Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTruncationUpper()
	 * @generated
	 * @ordered
	 */
	protected double truncationUpper = TRUNCATION_UPPER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SaeSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExperimentPackage.Literals.SAE_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getArchitecture() {
		return architecture;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArchitecture(String newArchitecture) {
		String oldArchitecture = architecture;
		architecture = newArchitecture;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SAE_SETTINGS__ARCHITECTURE, oldArchitecture, architecture));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecipe() {
		return recipe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecipe(String newRecipe) {
		String oldRecipe = recipe;
		recipe = newRecipe;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SAE_SETTINGS__RECIPE, oldRecipe, recipe));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLatents() {
		return latents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLatents(int newLatents) {
		int oldLatents = latents;
		latents = newLatents;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SAE_SETTINGS__LATENTS, oldLatents, latents));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getK() {
		return k;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setK(int newK) {
		int oldK = k;
		k = newK;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SAE_SETTINGS__K, oldK, k));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSteps() {
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSteps(int newSteps) {
		int oldSteps = steps;
		steps = newSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SAE_SETTINGS__STEPS, oldSteps, steps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBatchSize() {
		return batchSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBatchSize(int newBatchSize) {
		int oldBatchSize = batchSize;
		batchSize = newBatchSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SAE_SETTINGS__BATCH_SIZE, oldBatchSize, batchSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLearningRate() {
		return learningRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLearningRate(double newLearningRate) {
		double oldLearningRate = learningRate;
		learningRate = newLearningRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SAE_SETTINGS__LEARNING_RATE, oldLearningRate, learningRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTruncationLower() {
		return truncationLower;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTruncationLower(double newTruncationLower) {
		double oldTruncationLower = truncationLower;
		truncationLower = newTruncationLower;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SAE_SETTINGS__TRUNCATION_LOWER, oldTruncationLower, truncationLower));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTruncationUpper() {
		return truncationUpper;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTruncationUpper(double newTruncationUpper) {
		double oldTruncationUpper = truncationUpper;
		truncationUpper = newTruncationUpper;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SAE_SETTINGS__TRUNCATION_UPPER, oldTruncationUpper, truncationUpper));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExperimentPackage.SAE_SETTINGS__ARCHITECTURE:
				return getArchitecture();
			case ExperimentPackage.SAE_SETTINGS__RECIPE:
				return getRecipe();
			case ExperimentPackage.SAE_SETTINGS__LATENTS:
				return getLatents();
			case ExperimentPackage.SAE_SETTINGS__K:
				return getK();
			case ExperimentPackage.SAE_SETTINGS__STEPS:
				return getSteps();
			case ExperimentPackage.SAE_SETTINGS__BATCH_SIZE:
				return getBatchSize();
			case ExperimentPackage.SAE_SETTINGS__LEARNING_RATE:
				return getLearningRate();
			case ExperimentPackage.SAE_SETTINGS__TRUNCATION_LOWER:
				return getTruncationLower();
			case ExperimentPackage.SAE_SETTINGS__TRUNCATION_UPPER:
				return getTruncationUpper();
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
			case ExperimentPackage.SAE_SETTINGS__ARCHITECTURE:
				setArchitecture((String)newValue);
				return;
			case ExperimentPackage.SAE_SETTINGS__RECIPE:
				setRecipe((String)newValue);
				return;
			case ExperimentPackage.SAE_SETTINGS__LATENTS:
				setLatents((Integer)newValue);
				return;
			case ExperimentPackage.SAE_SETTINGS__K:
				setK((Integer)newValue);
				return;
			case ExperimentPackage.SAE_SETTINGS__STEPS:
				setSteps((Integer)newValue);
				return;
			case ExperimentPackage.SAE_SETTINGS__BATCH_SIZE:
				setBatchSize((Integer)newValue);
				return;
			case ExperimentPackage.SAE_SETTINGS__LEARNING_RATE:
				setLearningRate((Double)newValue);
				return;
			case ExperimentPackage.SAE_SETTINGS__TRUNCATION_LOWER:
				setTruncationLower((Double)newValue);
				return;
			case ExperimentPackage.SAE_SETTINGS__TRUNCATION_UPPER:
				setTruncationUpper((Double)newValue);
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
			case ExperimentPackage.SAE_SETTINGS__ARCHITECTURE:
				setArchitecture(ARCHITECTURE_EDEFAULT);
				return;
			case ExperimentPackage.SAE_SETTINGS__RECIPE:
				setRecipe(RECIPE_EDEFAULT);
				return;
			case ExperimentPackage.SAE_SETTINGS__LATENTS:
				setLatents(LATENTS_EDEFAULT);
				return;
			case ExperimentPackage.SAE_SETTINGS__K:
				setK(K_EDEFAULT);
				return;
			case ExperimentPackage.SAE_SETTINGS__STEPS:
				setSteps(STEPS_EDEFAULT);
				return;
			case ExperimentPackage.SAE_SETTINGS__BATCH_SIZE:
				setBatchSize(BATCH_SIZE_EDEFAULT);
				return;
			case ExperimentPackage.SAE_SETTINGS__LEARNING_RATE:
				setLearningRate(LEARNING_RATE_EDEFAULT);
				return;
			case ExperimentPackage.SAE_SETTINGS__TRUNCATION_LOWER:
				setTruncationLower(TRUNCATION_LOWER_EDEFAULT);
				return;
			case ExperimentPackage.SAE_SETTINGS__TRUNCATION_UPPER:
				setTruncationUpper(TRUNCATION_UPPER_EDEFAULT);
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
			case ExperimentPackage.SAE_SETTINGS__ARCHITECTURE:
				return ARCHITECTURE_EDEFAULT == null ? architecture != null : !ARCHITECTURE_EDEFAULT.equals(architecture);
			case ExperimentPackage.SAE_SETTINGS__RECIPE:
				return RECIPE_EDEFAULT == null ? recipe != null : !RECIPE_EDEFAULT.equals(recipe);
			case ExperimentPackage.SAE_SETTINGS__LATENTS:
				return latents != LATENTS_EDEFAULT;
			case ExperimentPackage.SAE_SETTINGS__K:
				return k != K_EDEFAULT;
			case ExperimentPackage.SAE_SETTINGS__STEPS:
				return steps != STEPS_EDEFAULT;
			case ExperimentPackage.SAE_SETTINGS__BATCH_SIZE:
				return batchSize != BATCH_SIZE_EDEFAULT;
			case ExperimentPackage.SAE_SETTINGS__LEARNING_RATE:
				return learningRate != LEARNING_RATE_EDEFAULT;
			case ExperimentPackage.SAE_SETTINGS__TRUNCATION_LOWER:
				return truncationLower != TRUNCATION_LOWER_EDEFAULT;
			case ExperimentPackage.SAE_SETTINGS__TRUNCATION_UPPER:
				return truncationUpper != TRUNCATION_UPPER_EDEFAULT;
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
		result.append(" (architecture: ");
		result.append(architecture);
		result.append(", recipe: ");
		result.append(recipe);
		result.append(", latents: ");
		result.append(latents);
		result.append(", k: ");
		result.append(k);
		result.append(", steps: ");
		result.append(steps);
		result.append(", batchSize: ");
		result.append(batchSize);
		result.append(", learningRate: ");
		result.append(learningRate);
		result.append(", truncationLower: ");
		result.append(truncationLower);
		result.append(", truncationUpper: ");
		result.append(truncationUpper);
		result.append(')');
		return result.toString();
	}

} //SaeSettingsImpl
